// The shape of an ITA framework: what NACC assesses in one fiscal year. The numbers themselves
// live in frameworkData.ts, keyed by year, so that a new year is a data change and not a code change.
import type { SourceId } from "./itaSources";

export type ToolId = "IIT" | "EIT" | "OIT";
export const TOOL_IDS: readonly ToolId[] = ["IIT", "EIT", "OIT"];

export interface Tool {
  readonly id: ToolId;
  readonly nameTh: string;
  readonly nameEn: string;
  /** Share of the total, e.g. 0.3; the weights of a framework add up to 1. */
  readonly weight: number;
}

/** A run of question codes (I1-I6, E11-E15, O34-O43) that belongs to one indicator. */
export interface QuestionRange {
  readonly prefix: "I" | "E" | "O";
  readonly from: number;
  readonly to: number;
}

export interface Indicator {
  readonly number: number;
  readonly nameTh: string;
  /** Other names staff and reports use for the same indicator. */
  readonly aliasesTh: readonly string[];
  readonly nameEn: string;
  readonly tool: ToolId;
  /** Empty where NACC's numbering for that year is not confirmed. */
  readonly questions: readonly QuestionRange[];
}

export interface Grade {
  readonly label: string;
  readonly labelEn: string;
  /** Lowest total that earns this grade. */
  readonly minTotal: number;
  /** From 2566: every tool must also reach this score (ผ่านดีเยี่ยม, ผ่านดี). */
  readonly minEveryTool?: number;
}

export interface ResultScale {
  /** "letter" up to 2565 (AA … F), "passLabel" from 2566 (ผ่านดีเยี่ยม … ไม่ผ่าน). */
  readonly kind: "letter" | "passLabel";
  /** Highest first; the first grade whose conditions hold is the result. The last has minTotal 0. */
  readonly grades: readonly Grade[];
  /** The national pass mark for the total. */
  readonly passMark: number;
}

/** The groups of figures whose sources are recorded separately. */
export type FigureGroup =
  | "weights"
  | "indicatorNames"
  | "perceptionQuestions"
  | "oitQuestions"
  | "passMark"
  | "letterBands"
  /** ผ่านดี: the total and every tool at 85 or over. */
  | "goodRule"
  /** ผ่านดีเยี่ยม: the total and every tool at 95 or over. */
  | "excellentRule";

export interface FigureSources {
  /** True only when the sources meet sourcesConfirm: the figures may still be right when false. */
  readonly confirmed: boolean;
  readonly sources: readonly SourceId[];
  /** What the sources say and what they leave open. */
  readonly note: string;
}

export interface Framework {
  /** Buddhist-era fiscal year, e.g. 2568. */
  readonly fiscalYear: number;
  /** The year whose rules this year copies, because no source for this year's own rules was found. */
  readonly basedOn?: number;
  readonly tools: readonly Tool[];
  readonly indicators: readonly Indicator[];
  readonly resultScale: ResultScale;
  readonly sources: Readonly<Partial<Record<FigureGroup, FigureSources>>>;
}

/** A fiscal year NACC has not yet published rules for, and the year whose rules stand in meanwhile. */
export interface UnpublishedYear {
  readonly fiscalYear: number;
  readonly rulesFrom: number;
  readonly sources: readonly SourceId[];
}

/** The rules an assessment of a fiscal year is scored by, and how sure that is. */
export interface RulesInForce {
  readonly fiscalYear: number;
  /** False when NACC has not published this year's rules and another year's stand in. */
  readonly published: boolean;
  /** The framework to score by; for an unpublished year, the stand-in year's with this year's number. */
  readonly framework: Framework;
  /** The year the rules come from: the year itself when published, the stand-in year otherwise. */
  readonly rulesFrom: number;
}
