import type { HostAnswer } from "../../src/excel/askHost";
import { differingAnswers, hostProbeReport } from "../../src/taskpane/hostProbeReport";

const HOST = { host: "Excel", platform: "OfficeOnline", version: "16.0.19127.10000" };
const SAME: HostAnswer = {
  number: 3,
  question: "Protected?",
  expected: "error AccessDenied",
  observed: "error AccessDenied",
};
const OTHER: HostAnswer = {
  number: 22,
  question: "Whole columns?",
  expected: "address A1:C1000",
  observed: "address A:C",
};

describe("hostProbeReport", () => {
  it("names the host, counts the answers that differ from the fake and marks each", () => {
    const report = hostProbeReport([SAME, OTHER], HOST);
    expect(report).toContain("Host: Excel on OfficeOnline, version 16.0.19127.10000");
    expect(report).toContain("1 of 2 answers are what the fake Excel host does; items that differ: 22.");
    expect(report).toContain(
      "22. Whole columns?\n   fake:     address A1:C1000\n   observed: address A:C   <- differs",
    );
    expect(report).toContain(
      "3. Protected?\n   fake:     error AccessDenied\n   observed: error AccessDenied\n",
    );
    expect(differingAnswers([SAME, OTHER])).toEqual([OTHER]);
  });

  it("says so when every answer is the fake's", () => {
    expect(hostProbeReport([SAME], HOST)).toContain("All 1 answers are what the fake Excel host does.");
    expect(hostProbeReport([SAME], HOST)).not.toContain("differs");
  });
});
