/** Small shared helpers for the command-line entry points: flags, output modes, errors. */

export interface Flags {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseFlags(argv: string[], withValue: readonly string[]): Flags {
  const flags: Flags = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      flags.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`--${name} needs a value`);
      flags.values.set(name, value);
    } else flags.switches.add(name);
  }
  return flags;
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

export function write(line: string): void {
  process.stdout.write(`${line}\n`);
}
