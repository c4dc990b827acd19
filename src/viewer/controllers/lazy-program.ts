/**
 * sigma compiles every registered program, and its picking twin, when it is constructed, although
 * a graph's first frame usually needs few of them: no curves without parallel edges, no lines
 * below the level-of-detail size, no hover program until a hover, no edge picking until the frame
 * after the first. Each compilation is a synchronous round trip to the GPU process. A program
 * wrapped here compiles its shaders the first time it has something to draw, and its picking
 * shaders the first time it draws with picking.
 */
import { type EdgeProgramType, killProgram, type NodeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

type ProgramInfo = Parameters<typeof killProgram>[0];
type ShaderSources = [
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  vertexShaderSource: string,
  fragmentShaderSource: string,
  frameBuffer: WebGLFramebuffer | null,
];

/** What this module uses of sigma's `Program` (public or protected members of its class). */
interface DeferrableProgram {
  normalProgram: ProgramInfo;
  pickProgram: ProgramInfo | null;
  getProgramInfo(name: "normal" | "pick", ...sources: ShaderSources): ProgramInfo;
  hasNothingToRender(): boolean;
  render(params: RenderParams): void;
  kill(): void;
}
type DeferrableProgramClass = new (...args: never[]) => DeferrableProgram;

/** Stands in for a program not compiled yet; never handed to WebGL. */
const NOT_COMPILED = Object.freeze({}) as ProgramInfo;

export function compiledOnFirstDraw<T extends EdgeProgramType | NodeProgramType>(Base: T): T {
  const Program = Base as unknown as DeferrableProgramClass;
  class CompiledOnFirstDraw extends Program {
    /** Filled while sigma's constructor asks for the programs; no initialiser, which would reset it. */
    declare private deferred?: Partial<Record<"normal" | "pick", ShaderSources>>;
    declare private compiling?: boolean;

    override getProgramInfo(name: "normal" | "pick", ...sources: ShaderSources): ProgramInfo {
      if (this.compiling) return super.getProgramInfo(name, ...sources);
      this.deferred ??= {};
      this.deferred[name] = sources;
      return NOT_COMPILED;
    }

    private compile(name: "normal" | "pick"): ProgramInfo {
      const sources = this.deferred?.[name];
      if (!sources) throw new Error(`No ${name} shaders to compile`);
      this.compiling = true;
      try {
        return super.getProgramInfo(name, ...sources);
      } finally {
        this.compiling = false;
      }
    }

    override render(params: RenderParams): void {
      if (this.hasNothingToRender()) return;
      if (this.normalProgram === NOT_COMPILED) this.normalProgram = this.compile("normal");
      // A caller that wants no picking pass this frame sets pickProgram to null meanwhile.
      if (this.pickProgram === NOT_COMPILED) this.pickProgram = this.compile("pick");
      super.render(params);
    }

    override kill(): void {
      if (this.pickProgram === NOT_COMPILED) this.pickProgram = null;
      if (this.normalProgram !== NOT_COMPILED) {
        super.kill();
        return;
      }
      if (this.pickProgram) killProgram(this.pickProgram);
      this.pickProgram = null;
    }
  }
  return CompiledOnFirstDraw as unknown as T;
}
