/** Test helper: reads the Cypher our exporter writes (comments, \u-escaped literals, statements). */

/** Splits a script into statements, replacing each string literal by `$n` and decoding it. */
export function lexCypher(script: string): { statements: string[]; literals: string[] } {
  const literals: string[] = [];
  const statements: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === "/" && script[i + 1] === "/") {
      while (i < script.length && script[i] !== "\n") i++;
    } else if (c === "'") {
      let value = "";
      i++;
      while (script[i] !== "'") {
        if (i >= script.length) throw new Error("unterminated string literal");
        if (script[i] === "\\") {
          const next = script[i + 1];
          if (next === "u") {
            value += String.fromCharCode(Number.parseInt(script.slice(i + 2, i + 6), 16));
            i += 6;
          } else throw new Error(`unexpected escape \\${next}`);
        } else {
          value += script[i];
          i++;
        }
      }
      i++;
      current += `$${literals.length}`;
      literals.push(value);
    } else if (c === ";") {
      statements.push(current.trim());
      current = "";
      i++;
    } else {
      current += c;
      i++;
    }
  }
  if (current.trim() !== "") statements.push(current.trim());
  return { statements, literals };
}
