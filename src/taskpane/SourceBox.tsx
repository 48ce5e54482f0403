import { Textarea } from "@fluentui/react-components";
import type { Ref } from "react";

/** Text to copy as it is (a page's HTML, a report): read-only, monospaced, for selecting by hand. */
export function SourceBox({
  ref,
  value,
  rows,
  label,
}: {
  readonly ref: Ref<HTMLTextAreaElement>;
  readonly value: string;
  readonly rows: number;
  readonly label: string;
}) {
  return (
    <Textarea
      ref={ref}
      readOnly
      value={value}
      resize="vertical"
      rows={rows}
      aria-label={label}
      textarea={{ lang: "en", style: { fontFamily: "Consolas, monospace" } }}
    />
  );
}
