import { Button, Caption1, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { BANDS, DEFAULT_BAND_NAMES, validBandName, type Band, type BandNames } from "../domain/bands";
import { parseThaiNumber, type DigitStyle } from "../domain/thaiDigits";
import {
  DEFAULT_THRESHOLDS,
  validateThresholds,
  type Thresholds,
  type ThresholdsProblem,
} from "../domain/thresholds";
import { DEFAULT_DOCUMENT_FONT } from "../domain/workbookSettings";
import type { HostProbe as HostProbeResult } from "../excel/askHost";
import type { SettingsSaved } from "../excel/saveSettings";
import type { SettingsSheetReading } from "../layout/settingsSheet";
import type { SettingsChoice } from "../layout/settingsWrites";
import { documentFontChoices } from "./documentFonts";
import { HostProbe } from "./HostProbe";
import { usePaneText } from "./i18n/PaneTextContext";
import { PanelAction, PanelResults } from "./PanelAction";
import { usePanelStyles } from "./panelStyles";
import {
  readSettingsFailure,
  savedMessage,
  saveSettingsFailure,
  unreadableSettings,
} from "./settingsMessages";
import { usePanelAction } from "./usePanelAction";

export interface SettingsActions {
  /** The workbook's settings; null when it has no ITA sheets yet. */
  readonly readSettings: () => Promise<SettingsSheetReading | null>;
  readonly saveSettings: (choice: SettingsChoice) => Promise<SettingsSaved>;
  /** The support tool's check of this Excel (docs/real-excel-checklist.md), for administrators. */
  readonly askHost: () => Promise<HostProbeResult>;
}

export interface SettingsPanelProps extends SettingsActions {
  /** The panel reads the workbook each time it is shown, unless the form holds unsaved changes. */
  readonly shown: boolean;
  /** Valid settings the user saved, which an insert into a workbook without our sheets takes. */
  readonly onChosen: (choice: SettingsChoice) => void;
}

const THRESHOLD_KEYS = ["pass", "strength", "excellence"] as const satisfies readonly (keyof Thresholds)[];

type ThresholdTexts = Record<keyof Thresholds, string>;

const textsOf = (thresholds: Thresholds): ThresholdTexts => ({
  pass: String(thresholds.pass),
  strength: String(thresholds.strength),
  excellence: String(thresholds.excellence),
});

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The names as typed, each trimmed and checked; null when one of them cannot be a band's name. */
function validBandNames(typed: BandNames): BandNames | null {
  const names = Object.fromEntries(BANDS.map((band) => [band, validBandName(typed[band])]));
  return BANDS.every((band) => names[band] !== null) ? (names as Record<Band, string>) : null;
}

/** The three thresholds, the bands' names, the document font and the digit style, saved in the workbook. */
export function SettingsPanel({ readSettings, saveSettings, askHost, shown, onChosen }: SettingsPanelProps) {
  const panelStyles = usePanelStyles();
  const styles = useStyles();
  const text = usePaneText();
  const [thresholds, setThresholds] = useState<ThresholdTexts>(() => textsOf(DEFAULT_THRESHOLDS));
  const [bandNames, setBandNames] = useState<BandNames>(DEFAULT_BAND_NAMES);
  const [bandNamesProblem, setBandNamesProblem] = useState(false);
  const [documentFont, setDocumentFont] = useState(DEFAULT_DOCUMENT_FONT);
  const [digitStyle, setDigitStyle] = useState<DigitStyle>("thai");
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<ThresholdsProblem | null>(null);
  const [probeShown, setProbeShown] = useState(false);
  const firstThreshold = useRef<HTMLInputElement>(null);
  const firstBandName = useRef<HTMLInputElement>(null);
  const { running, message, run } = usePanelAction<"read" | "save">();

  useEffect(() => {
    if (!shown || dirty) return;
    void run("read", async () => {
      try {
        const reading = await readSettings();
        if (reading === null) return null;
        const { settings } = reading;
        setThresholds(textsOf(settings.thresholds));
        setBandNames(settings.bandNames);
        setDocumentFont(settings.documentFont);
        setDigitStyle(settings.digitStyle);
        setProblem(null);
        setBandNamesProblem(false);
        // The years are the insert's and next-year's; a save here mends only what this panel shows.
        const mendable = reading.problems.some(
          (setting) => setting !== "fiscalYear" && setting !== "previousYear",
        );
        return mendable ? unreadableSettings : null;
      } catch (error) {
        return readSettingsFailure(error);
      }
    });
    // Read again only when the panel is shown anew, not on every edit.
  }, [shown]);

  const save = () => {
    const parsed = THRESHOLD_KEYS.map((key) => parseThaiNumber(thresholds[key]) ?? Number.NaN);
    const validated = validateThresholds(parsed);
    if (!validated.ok) {
      setProblem(validated.problem);
      firstThreshold.current?.focus();
      return;
    }
    setProblem(null);
    const names = validBandNames(bandNames);
    setBandNamesProblem(names === null);
    if (names === null) {
      firstBandName.current?.focus();
      return;
    }
    const choice = { thresholds: validated.thresholds, bandNames: names, documentFont, digitStyle };
    onChosen(choice);
    void run("save", async () => {
      try {
        const saved = await saveSettings(choice);
        setDirty(false);
        return savedMessage(saved);
      } catch (error) {
        return saveSettingsFailure(error);
      }
    });
  };

  const busy = running !== null;
  return (
    <section className={panelStyles.panel} aria-label={text.app.tabs.settings}>
      <Caption1 as="p" className={panelStyles.paragraph}>
        {text.settings.intro}
      </Caption1>
      <fieldset className={styles.group} aria-describedby={problem ? "thresholds-problem" : undefined}>
        <legend className={styles.legend}>
          <Text weight="semibold">{text.settings.thresholds}</Text>
        </legend>
        {THRESHOLD_KEYS.map((key, index) => (
          <Field key={key} label={text.settings[key]} validationState={problem ? "error" : "none"}>
            <Input
              ref={index === 0 ? firstThreshold : undefined}
              inputMode="decimal"
              // Each field says why it is wrong, not only the group: a screen reader lands on a field.
              aria-describedby={problem ? "thresholds-problem" : undefined}
              value={thresholds[key]}
              onChange={(_, data) => {
                setThresholds({ ...thresholds, [key]: data.value });
                setDirty(true);
              }}
              disabled={busy}
            />
          </Field>
        ))}
        {problem && (
          <Text id="thresholds-problem" role="alert" className={styles.problem}>
            {text.settings.thresholdsProblem[problem]}
          </Text>
        )}
      </fieldset>
      <fieldset
        className={styles.group}
        aria-describedby={bandNamesProblem ? "band-names-problem" : "band-names-hint"}
      >
        <legend className={styles.legend}>
          <Text weight="semibold">{text.settings.bandNames}</Text>
        </legend>
        <Caption1 id="band-names-hint">{text.settings.bandNamesHint}</Caption1>
        {BANDS.map((band, index) => (
          <Field
            key={band}
            label={text.settings.bandName(band, thresholds)}
            validationState={bandNamesProblem && validBandName(bandNames[band]) === null ? "error" : "none"}
          >
            <Input
              ref={index === 0 ? firstBandName : undefined}
              aria-describedby={bandNamesProblem ? "band-names-problem" : undefined}
              value={bandNames[band]}
              onChange={(_, data) => {
                setBandNames({ ...bandNames, [band]: data.value });
                setDirty(true);
              }}
              disabled={busy}
            />
          </Field>
        ))}
        {bandNamesProblem && (
          <Text id="band-names-problem" role="alert" className={styles.problem}>
            {text.settings.bandNamesProblem}
          </Text>
        )}
      </fieldset>
      <Field label={text.settings.font} hint={text.settings.fontHint}>
        <Select
          value={documentFont}
          onChange={(_, data) => {
            setDocumentFont(data.value);
            setDirty(true);
          }}
          disabled={busy}
        >
          {documentFontChoices(documentFont).map((font) => (
            <option key={font} value={font}>
              {font}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.settings.digits}>
        <Select
          value={digitStyle}
          onChange={(_, data) => {
            setDigitStyle(data.value as DigitStyle);
            setDirty(true);
          }}
          disabled={busy}
        >
          {(["thai", "arabic"] as const).map((style) => (
            <option key={style} value={style}>
              {text.settings.digitStyle[style]}
            </option>
          ))}
        </Select>
      </Field>
      <PanelAction
        label={text.settings.save}
        onClick={save}
        busy={busy}
        progress={running && (running === "read" ? text.settings.loading : text.settings.saving)}
      />
      <PanelResults label={text.settings.results} message={message} />
      <Button appearance="subtle" aria-expanded={probeShown} onClick={() => setProbeShown(!probeShown)}>
        {probeShown ? text.hostProbe.close : text.hostProbe.open}
      </Button>
      {probeShown && <HostProbe askHost={askHost} />}
    </section>
  );
}
