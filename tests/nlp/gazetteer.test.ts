/**
 * The pipeline's gazetteer knows the English short names some country records give only inside a
 * formal name, without taking names two countries share.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../../src/nlp/gazetteer";

const countries = (name: string) =>
  gazetteer()
    .places(name)
    .filter((p) => p.kind === "country")
    .map((p) => p.countryCode);

describe("country names", () => {
  it("include a short form given only inside a formal name ('Republic of X')", () => {
    expect(countries("Turkey")).toEqual(["TR"]);
    expect(countries("Cabo Verde")).toEqual(["CV"]);
  });

  it("include a demonym before 'Republic'", () => {
    expect(countries("Czech Republic")).toEqual(["CZ"]);
    expect(countries("Slovak Republic")).toEqual(["SK"]);
  });

  it("leave out a short form two countries share", () => {
    expect(countries("Korea")).toEqual([]);
  });
});

describe("demonyms as news spells them", () => {
  it("reads '-ian' for the package's '-ean' and a '-stan' country's people without it", () => {
    const g = gazetteer();
    expect(g.countryOfDemonym("Ecuadorian")?.countryCode).toBe("EC");
    expect(g.countryOfDemonym("Ecuadorean")?.countryCode).toBe("EC");
    expect(g.countryOfDemonym("Kazakh")?.countryCode).toBe("KZ");
    expect(g.countryOfDemonym("Tajik")?.countryCode).toBe("TJ");
    // (not a people's name of fewer than five letters: "Pak" is a Korean surname)
    expect(g.countryOfDemonym("Pak")).toBeUndefined();
  });
});
