import { useEffect } from "react";

/** The performance mark of the pane's first commit, against which its first-render budget is measured. */
export const FIRST_RENDER_MARK = "ita-pane-rendered";

export function FirstRenderMark() {
  useEffect(() => {
    performance.mark(FIRST_RENDER_MARK);
  }, []);
  return null;
}
