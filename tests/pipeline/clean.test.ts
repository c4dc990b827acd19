import { describe, expect, it } from "vitest";
import { cleanArticle, findDateLine, isCreditSentence } from "../../src/pipeline/clean";

const article = (text: string) => ({ id: "t", files: ["t.txt"], text });
const kept = (text: string) =>
  cleanArticle(article(text))
    .blocks.filter((b) => b.verdict === "main")
    .map((b) => b.text);

describe("cleanArticle", () => {
  it("keeps the headline and prose, drops widgets, labels and short furniture", () => {
    const text = [
      "Harbour strike spreads to three more ports, union says",
      "Share post:",
      "Dock workers walked out on Monday in the northern port of Velmora, the union said in a statement.",
      "Comments",
      "Post a Comment",
    ].join("\n");
    expect(kept(text)).toEqual([
      "Harbour strike spreads to three more ports, union says",
      "Dock workers walked out on Monday in the northern port of Velmora, the union said in a statement.",
    ]);
  });

  it("drops a call to the reader, a wire's reporting credit and a links disclaimer, but not prose like them", () => {
    const text = [
      "Harbour strike spreads to three more ports, union says",
      "Dock workers walked out on Monday in the northern port of Velmora, the union said in a statement.",
      "Sign up for our newsletter to get the latest news from the region delivered to your inbox every morning.",
      "Reporting by Dana Orrell, who followed the strike for a week in three cities.",
      "Velmo Times writer Dana Orrell in Tarnby contributed to this report.",
      "The site is not responsible for the content of external sites.",
      "Union members said they would sign up for another month of action if the talks failed on Friday.",
    ].join("\n");
    expect(kept(text)).toEqual([
      "Harbour strike spreads to three more ports, union says",
      "Dock workers walked out on Monday in the northern port of Velmora, the union said in a statement.",
      "Reporting by Dana Orrell, who followed the strike for a week in three cities.",
      "Union members said they would sign up for another month of action if the talks failed on Friday.",
    ]);
  });

  it("drops a truncated teaser of another story and a foreign-script read-more line", () => {
    const text = [
      "Storm closes mountain roads",
      "Heavy snow closed two mountain passes on Sunday and the authorities told drivers to stay at home.",
      "আরও পড়ুনঃ  Local team wins the cup | Sport News",
      "A bakery in a distant town has won a prize for its bread after a competition that drew hundreds of entries from across the whole country and which the judges said was the closest",
    ].join("\n");
    const blocks = cleanArticle(article(text)).blocks;
    expect(blocks.filter((b) => b.verdict === "main")).toHaveLength(2);
    const reasons = blocks.filter((b) => b.verdict === "boilerplate").flatMap((b) => b.reasons);
    expect(reasons.join(" ")).toMatch(/another script/);
    expect(reasons.join(" ")).toMatch(/truncated/);
  });

  it("cuts photo credits out of captions but keeps the caption", () => {
    const text = [
      "Floods hit the valley",
      "People wait for a bus in Tarnby, the morning after the river burst its banks. (UPI Photo/Jane Roe)",
      "Pic: Agency",
    ].join("\n");
    const main = kept(text);
    expect(main).toContain("People wait for a bus in Tarnby, the morning after the river burst its banks.");
    expect(main.join(" ")).not.toMatch(/UPI Photo|Pic:/);
  });

  it("recognises credit lines and the article date line", () => {
    expect(isCreditSentence("Photo: Some Agency")).toBe(true);
    expect(isCreditSentence("THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.")).toBe(true);
    expect(isCreditSentence("The minister arrived on Monday.")).toBe(false);
    expect(isCreditSentence("Jo Roe/Pool via UPI")).toBe(true);
    expect(isCreditSentence("(Photo by Jo Roe via Tarnby Images)")).toBe(true);
    // "via" in prose is no credit, whatever follows it.
    expect(isCreditSentence("Fans can vote via the internet or by phone.")).toBe(false);
    expect(isCreditSentence("Pictures are sent via MMS.")).toBe(false);
    expect(isCreditSentence("The convoy travelled via Tarnby and Velko.")).toBe(false);
    expect(findDateLine(article("Tuesday, November 5, 2024\nSome headline here today"))).toBe("2024-11-05");
  });

  it("counts a letter outside the Basic Multilingual Plane as one letter (the capitals' share)", () => {
    // Mathematical bold capitals are two UTF-16 units each: read unit by unit they are no letters.
    expect(isCreditSentence("\u{1D40F}\u{1D407} \u{1D40E}\u{1D413}\u{1D40E} \u{1D401}\u{1D418}")).toBe(true);
    expect(isCreditSentence("\u{1D40F}\u{1D407} went to the shops this morning")).toBe(false);
  });
});
