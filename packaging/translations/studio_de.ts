<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>BeatRuler</name>
    <message>
        <location filename="../../studio/ui/template_preview/beat_ruler.py" line="24" />
        <source>Beats (ticks) and slot cuts (labels); click to jump there</source>
        <translation>Beats (Striche) und Schnitte zwischen Slots (Beschriftungen); klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../studio/ui/widgets/caption_editor.py" line="40" />
        <source>Say what it's about… #hashtags and @mentions work</source>
        <translation>Worum geht es? #Hashtags und @Erwähnungen funktionieren</translation>
    </message>
</context>
<context>
    <name>CaptionsControl</name>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="104" />
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="117" />
        <source>Fetching the speech model (once): {0}%</source>
        <translation>Sprachmodell wird geladen (nur einmal): {0} %</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="119" />
        <source>Transcribing: {0}%</source>
        <translation>Mitschrift: {0} %</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="133" />
        <source>No clip with a voice</source>
        <translation>Kein Clip mit Stimme</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="136" />
        <source>{0} words; click one to correct it</source>
        <translation>{0} Wörter; klicke eines an, um es zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="143" />
        <source>Stopped; nothing was changed</source>
        <translation>Angehalten, nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="166" />
        <source>Correct a word</source>
        <translation>Wort korrigieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="166" />
        <source>Word</source>
        <translation>Wort</translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="42" />
        <source>Auto captions</source>
        <translation>Automatische Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="44" />
        <source>Make captions</source>
        <translation>Untertitel erstellen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="45" />
        <source>Transcribes the clips' voices on this computer</source>
        <translation>Schreibt die Stimmen der Clips auf diesem Computer mit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="47" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="52" />
        <source>Word by word</source>
        <translation>Wort für Wort</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="53" />
        <source>Karaoke</source>
        <translation>Karaoke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="54" />
        <source>Boxed lines</source>
        <translation>Zeilen im Kasten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="55" />
        <source>Bold outline</source>
        <translation>Fette Kontur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="57" />
        <source>The template's look</source>
        <translation>Der Stil der Vorlage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="63" />
        <source>Show in the video</source>
        <translation>Im Video zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="122" />
        <source>Click to correct; right-click to split or join lines</source>
        <translation>Klicken zum Korrigieren; Rechtsklick zum Teilen oder Verbinden von Zeilen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="137" />
        <source>Correct this word…</source>
        <translation>Dieses Wort korrigieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="139" />
        <source>Start a new line here</source>
        <translation>Hier eine neue Zeile beginnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="142" />
        <source>Join with the next line</source>
        <translation>Mit der nächsten Zeile verbinden</translation>
    </message>
</context>
<context>
    <name>CoverPicker</name>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="41" />
        <source>The frame the cover shows</source>
        <translation>Das Bild, das das Titelbild zeigt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="44" />
        <source>Text on the cover (optional)</source>
        <translation>Text auf dem Titelbild (optional)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="49" />
        <source>Cover frame</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="62" />
        <source>Export a video or finish a take first.</source>
        <translation>Exportiere zuerst ein Video oder schließe eine Aufnahme ab.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="66" />
        <source>(no log file could be written)</source>
        <translation>(es ließ sich keine Protokolldatei schreiben)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="69" />
        <source>Crossumer Studio ran into a problem</source>
        <translation>Crossumer Studio ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="71" />
        <source>Something went wrong. Your drafts are saved after every edit.</source>
        <translation>Etwas ist schiefgelaufen. Deine Entwürfe werden nach jeder Änderung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="75" />
        <source>Details are in the log file:
%1</source>
        <translation>Details stehen in der Protokolldatei:
%1</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="33" />
        <source>no text yet</source>
        <translation>noch kein Text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/widgets/drafts_list.py" line="35" />
        <source>%n clip(s)</source>
        <translation><numerusform>%n Clip</numerusform><numerusform>%n Clips</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="77" />
        <source>Continue a draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="99" />
        <source>template not found</source>
        <translation>Vorlage nicht gefunden</translation>
    </message>
</context>
<context>
    <name>DuetView</name>
    <message>
        <location filename="../../studio/ui/widgets/duet_view.py" line="19" />
        <source>The clip you are duetting, in time with the music</source>
        <translation>Der Clip, mit dem du das Duett machst, im Takt der Musik</translation>
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="88" />
        <source>Pick a template on Home to start</source>
        <translation>Wähle zum Start eine Vorlage unter Start</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="96" />
        <location filename="../../studio/ui/pages/edit_page.py" line="468" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="110" />
        <source>Snap to beats</source>
        <translation>Auf Beats einrasten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="113" />
        <source>Dragging a clip moves it by whole beats (hold Shift to move it freely)</source>
        <translation>Ein gezogener Clip bewegt sich um ganze Beats (Umschalt halten, um ihn frei zu bewegen)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="35" />
        <source>No font on this computer has {0}: they show as empty boxes in “{1}”</source>
        <translation>Keine Schrift auf diesem Computer hat {0}: sie erscheinen als leere Kästchen in „{1}“</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="40" />
        <source>{0} ends after {1} s of the {2} s it should last: the file is cut short. Copy it again.</source>
        <translation>{0} endet nach {1} s der {2} s, die es dauern sollte: die Datei ist abgeschnitten. Kopiere sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="45" />
        <source>{0}: its sound is damaged: it skips and what follows plays early. Copy the file again.</source>
        <translation>{0}: der Ton ist beschädigt: er springt, und was folgt, kommt zu früh. Kopiere die Datei noch einmal.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="48" />
        <source>{0}: its sound is damaged near {1} s of the file, {2} s into the video: it skips there and what follows plays early. Copy the file again.</source>
        <translation>{0}: der Ton ist bei etwa {1} s der Datei beschädigt, {2} s im Video: dort springt er, und was folgt, kommt zu früh. Kopiere die Datei noch einmal.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="54" />
        <source>{0}: its sound is damaged at {1} of the file, so the video is without it at {2}. Copy the file again.</source>
        <translation>{0}: der Ton ist bei {1} der Datei beschädigt, dem Video fehlt er daher bei {2}. Kopiere die Datei noch einmal.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="59" />
        <source>{0} is {1} s long and starts at {2} s: the video has no music.</source>
        <translation>{0} ist {1} s lang und beginnt bei {2} s: das Video hat keine Musik.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="62" />
        <source>{0} ends {1} s into the {2} s video: the rest has no music.</source>
        <translation>{0} endet nach {1} s, das Video dauert {2} s: der Rest hat keine Musik.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="67" />
        <source>{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other {4} s. Choose a longer clip or start it earlier.</source>
        <translation>{0} läuft {1} s der {2} s, die „{3}“ zu sehen ist: das letzte Bild steht die übrigen {4} s still. Wähle einen längeren Clip oder lass ihn früher beginnen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="71" />
        <source>{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other {4} s. Choose a longer clip.</source>
        <translation>{0} läuft {1} s der {2} s, die „{3}“ zu sehen ist: das letzte Bild steht die übrigen {4} s still. Wähle einen längeren Clip.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="39" />
        <source>Its last picture stays still for the last {0} s: the clip plays {1} of the {2} s.</source>
        <translation>Das letzte Bild steht die letzten {0} s still: der Clip läuft {1} der {2} s.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="43" />
        <source>The file is cut short: it ends after {0} of the {1} s it should last.</source>
        <translation>Die Datei ist abgeschnitten: sie endet nach {0} der {1} s, die sie dauern sollte.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="48" />
        <source>Its sound is damaged near {0} s of the file and skips there.</source>
        <translation>Der Ton ist bei etwa {0} s der Datei beschädigt und springt dort.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="52" />
        <source>Its sound is damaged and skips.</source>
        <translation>Der Ton ist beschädigt und springt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="53" />
        <source>Its sound is damaged at {0} of the file.</source>
        <translation>Der Ton ist bei {0} der Datei beschädigt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="394" />
        <location filename="../../studio/ui/pages/edit_page.py" line="420" />
        <source>Cannot export yet: {0}</source>
        <translation>Export noch nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="406" />
        <source>Checking your clips…</source>
        <translation>Deine Clips werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="131" />
        <source>Add a clip or photo to “{0}”</source>
        <translation>Füge „{0}“ einen Clip oder ein Foto hinzu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="133" />
        <source>Fill in “{0}”</source>
        <translation>Fülle „{0}“ aus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="135" />
        <source>“{0}” is {1} characters; the most is {2}</source>
        <translation>„{0}“ hat {1} Zeichen; höchstens {2}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="468" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="38" />
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="40" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="49" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="50" />
        <source>Copy caption</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="108" />
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="128" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="137" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation>Beschreibung kopiert: füge sie in der App ein, mit der du postest.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="141" />
        <source>about {0} s left</source>
        <translation>noch etwa {0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="142" />
        <source>Exporting… {0}% {1}</source>
        <translation>Wird exportiert… {0} % {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="121" />
        <location filename="../../studio/ui/widgets/export_panel.py" line="156" />
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="164" />
        <source>Export failed: {0}</source>
        <translation>Export fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="170" />
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen, nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>FilterControls</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="38" />
        <source>Template's look ({0})</source>
        <translation>Look der Vorlage ({0})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="39" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="41" />
        <source>No filter</source>
        <translation>Kein Filter</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_strip.py" line="28" />
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="16" />
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="17" />
        <source>Cool</source>
        <translation>Kühl</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="18" />
        <source>Dreamy</source>
        <translation>Verträumt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="19" />
        <source>Face sticker</source>
        <translation>Gesichtssticker</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="20" />
        <source>Faded film</source>
        <translation>Verblasster Film</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="21" />
        <source>Film grain</source>
        <translation>Filmkorn</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="22" />
        <source>Green screen</source>
        <translation>Greenscreen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="23" />
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="24" />
        <source>LUT file</source>
        <translation>LUT-Datei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="25" />
        <source>Mono</source>
        <translation>Schwarzweiß</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="26" />
        <source>Noir</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="27" />
        <source>Remove background</source>
        <translation>Hintergrund entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="28" />
        <source>Sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="29" />
        <source>Smooth skin</source>
        <translation>Glatte Haut</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="30" />
        <source>Sunset</source>
        <translation>Sonnenuntergang</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="31" />
        <source>Teal &amp; orange</source>
        <translation>Petrol &amp; Orange</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="32" />
        <source>Vignette</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="33" />
        <source>Vintage</source>
        <translation>Vintage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="34" />
        <source>Vivid</source>
        <translation>Lebendig</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="35" />
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="37" />
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="38" />
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="39" />
        <source>Background starts at</source>
        <translation>Hintergrund beginnt bei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="40" />
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="41" />
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="42" />
        <source>Edge softness</source>
        <translation>Kantenweichheit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="43" />
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="44" />
        <source>Screen colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="45" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="46" />
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="47" />
        <source>Smoothness</source>
        <translation>Glätte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="48" />
        <source>Spill removal</source>
        <translation>Farbsaum entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="49" />
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="50" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="51" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="52" />
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="53" />
        <source>Tint</source>
        <translation>Tönung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="54" />
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
</context>
<context>
    <name>FindingTexts</name>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="36" />
        <source>it is {0} s long; {1} takes at most {2} s and would cut or refuse it</source>
        <translation>es ist {0} s lang; {1} nimmt höchstens {2} s und würde es kürzen oder ablehnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="38" />
        <source>post a {0} s cut (the posting kit makes one)</source>
        <translation>poste eine {0}-s-Fassung (das Posting-Paket erstellt eine)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="41" />
        <source>it is {0} s long; {1} needs at least {2} s</source>
        <translation>es ist {0} s lang; {1} braucht mindestens {2} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="43" />
        <source>make the video longer</source>
        <translation>mach das Video länger</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="46" />
        <source>{0} fps is outside the {1}-{2} fps that {3} takes</source>
        <translation>{0} fps liegt außerhalb der {1}–{2} fps, die {3} nimmt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="48" />
        <source>export at {0} fps</source>
        <translation>exportiere mit {0} fps</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="51" />
        <source>{0}x{1} is not the shape of {2}x{3}; {4} adds bars or crops</source>
        <translation>{0}x{1} hat nicht die Form von {2}x{3}; {4} fügt Balken hinzu oder schneidet zu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="31" />
        <source>export at {0}x{1}</source>
        <translation>exportiere in {0}x{1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="26" />
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="26" />
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="27" />
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="27" />
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="28" />
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="57" />
        <source>{0}x{1} is below {2}x{3}; it will look soft</source>
        <translation>{0}x{1} liegt unter {2}x{3}; es wird unscharf wirken</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="63" />
        <source>{0} does not take {1} files</source>
        <translation>{0} nimmt keine {1}-Dateien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="64" />
        <source>export as {0}</source>
        <translation>exportiere als {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="67" />
        <source>{0} does not take {1} video</source>
        <translation>{0} nimmt kein {1}-Video</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="68" />
        <source>re-encode as {0}</source>
        <translation>neu kodieren als {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="71" />
        <source>the video has no sound; the platforms rank silent videos lower</source>
        <translation>das Video hat keinen Ton; die Plattformen stufen stumme Videos niedriger ein</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="72" />
        <source>add a soundtrack</source>
        <translation>füge einen Soundtrack hinzu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="75" />
        <source>{0} audio at {1} Hz is not what {2} takes</source>
        <translation>{0}-Ton mit {1} Hz nimmt {2} nicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="77" />
        <source>re-encode the sound as AAC at {0} kHz</source>
        <translation>kodiere den Ton neu als AAC mit {0} kHz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="80" />
        <source>the file's index is at the end, so uploads and previews start slowly (Reels may refuse it)</source>
        <translation>der Index der Datei steht am Ende, daher starten Uploads und Vorschauen langsam (Reels lehnt sie eventuell ab)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="82" />
        <source>move the index to the front (faststart)</source>
        <translation>verschiebe den Index an den Anfang (faststart)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="85" />
        <source>the caption is {0} characters; {1} allows {2}</source>
        <translation>die Beschreibung hat {0} Zeichen; {1} erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="87" />
        <source>shorten it by {0}</source>
        <translation>kürze sie um {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="90" />
        <source>{0} hashtags; {1} uses at most {2}</source>
        <translation>{0} Hashtags; {1} nutzt höchstens {2}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="92" />
        <source>keep your best {0} (the kit keeps the first {0})</source>
        <translation>behalte deine besten {0} (das Paket behält die ersten {0})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="95" />
        <source>{0} shows a title and none is set</source>
        <translation>{0} zeigt einen Titel und es ist keiner gesetzt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="96" />
        <source>add a title</source>
        <translation>füge einen Titel hinzu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="99" />
        <source>the title is {0} characters; {1} allows {2}</source>
        <translation>der Titel hat {0} Zeichen; {1} erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="101" />
        <source>shorten it to {0}</source>
        <translation>kürze ihn auf {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="104" />
        <source>the text “{0}” reaches under the buttons of {1} at the {2}</source>
        <translation>der Text „{0}“ reicht {2} unter die Knöpfe von {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="106" />
        <source>move it toward the centre or shorten it</source>
        <translation>schiebe ihn zur Mitte oder kürze ihn</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="109" />
        <source>your “{0}” sits under the buttons of {1} at the {2}</source>
        <translation>dein „{0}“ liegt {2} unter den Knöpfen von {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="111" />
        <source>move it inside the safe zone (on the preview it snaps to its edges)</source>
        <translation>schieb es in den sicheren Bereich (in der Vorschau rastet es an seinen Rändern ein)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="130" />
        <source>Pick a template</source>
        <translation>Wähle eine Vorlage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="133" />
        <source>Search by name or tag</source>
        <translation>Nach Name oder Tag suchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="140" />
        <source>Import template…</source>
        <translation>Vorlage importieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="141" />
        <source>Install a .crossumer template package</source>
        <translation>Ein .crossumer-Vorlagenpaket installieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="148" />
        <source>Double-click a template to fill it with your clips and words. Point at one to see it move. Drop a .crossumer file on the window to install it.</source>
        <translation>Doppelklicke auf eine Vorlage, um sie mit deinen Clips und Worten zu füllen. Zeige darauf, um sie in Bewegung zu sehen. Zieh eine .crossumer-Datei auf das Fenster, um sie zu installieren.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="245" />
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="246" />
        <source>Crossumer templates (*.crossumer)</source>
        <translation>Crossumer-Vorlagen (*.crossumer)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="264" />
        <source>{0} {1} is already installed (this file has {2}).</source>
        <translation>{0} {1} ist bereits installiert (diese Datei hat {2}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="268" />
        <source>Update template</source>
        <translation>Vorlage aktualisieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="269" />
        <source>Update {0} from version {1} to {2}?</source>
        <translation>{0} von Version {1} auf {2} aktualisieren?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="278" />
        <source>Install template</source>
        <translation>Vorlage installieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="279" />
        <source>Install {0}?</source>
        <translation>{0} installieren?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="287" />
        <source>Not installed: {0}</source>
        <translation>Nicht installiert: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="290" />
        <source>Not installed: {0}: {1}</source>
        <translation>Nicht installiert: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="292" />
        <source>Installed {0} {1}.</source>
        <translation>{0} {1} installiert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="300" />
        <source>Remove template</source>
        <translation>Vorlage entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="301" />
        <source>Remove {0} from this computer?</source>
        <translation>{0} von diesem Computer entfernen?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="306" />
        <location filename="../../studio/ui/pages/home_page.py" line="309" />
        <source>Not removed: {0}</source>
        <translation>Nicht entfernt: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="311" />
        <source>Removed {0}.</source>
        <translation>{0} entfernt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="143" />
        <source>Just record</source>
        <translation>Einfach aufnehmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="145" />
        <source>Record to music without a template: a plain lip-sync video</source>
        <translation>Zur Musik aufnehmen, ohne Vorlage: ein einfaches Lip-Sync-Video</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="76" />
        <source>Crossumer Studio</source>
        <translation>Crossumer Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="85" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="86" />
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="87" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="88" />
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="90" />
        <location filename="../../studio/ui/main_window.py" line="91" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="138" />
        <location filename="../../studio/ui/main_window.py" line="144" />
        <source>Cannot open the draft</source>
        <translation>Entwurf lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="139" />
        <source>{0}: cannot be read</source>
        <translation>{0}: nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="152" />
        <source>Pick a template for your draft.</source>
        <translation>Wähle eine Vorlage für deinen Entwurf.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="217" />
        <source>Where does the take go?</source>
        <translation>Wohin mit der Aufnahme?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218" />
        <source>Every slot of this template has a clip. Replace one with the take, or post the take on its own?</source>
        <translation>Jeder Platz dieser Vorlage hat schon einen Clip. Einen durch die Aufnahme ersetzen oder die Aufnahme allein posten?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="223" />
        <source>Replace {0}</source>
        <translation>{0} ersetzen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="227" />
        <source>Post it alone</source>
        <translation>Allein posten</translation>
    </message>
</context>
<context>
    <name>MissingTemplateDialog</name>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="50" />
        <source>Template not found</source>
        <translation>Vorlage nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="52" />
        <source>The template '{0}' of this draft is no longer installed.</source>
        <translation>Die Vorlage '{0}' dieses Entwurfs ist nicht mehr installiert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="55" />
        <source>Pick another template for your clips and words, or keep the draft as it is (install the template again to continue it).</source>
        <translation>Wähle eine andere Vorlage für deine Clips und Worte oder behalte den Entwurf, wie er ist (installiere die Vorlage erneut, um ihn fortzusetzen).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="59" />
        <source>Pick another template</source>
        <translation>Andere Vorlage wählen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="62" />
        <source>Keep the draft</source>
        <translation>Entwurf behalten</translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="32" />
        <source>bright</source>
        <translation>fröhlich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="33" />
        <source>energetic</source>
        <translation>energiegeladen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="34" />
        <source>moody</source>
        <translation>melancholisch</translation>
    </message>
</context>
<context>
    <name>OverlayCard</name>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="54" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="74" />
        <source>Your words</source>
        <translation>Deine Worte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="75" />
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="78" />
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="79" />
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="79" />
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="80" />
        <source>Highlight</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="80" />
        <source>Clean</source>
        <translation>Schlicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="84" />
        <source>Style…</source>
        <translation>Stil…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="87" />
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="95" />
        <source>Outline or box</source>
        <translation>Kontur oder Kasten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="96" />
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="96" />
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="97" />
        <source>Plain</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="102" />
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="140" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="103" />
        <source>Colour of the words</source>
        <translation>Farbe der Worte</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="165" />
        <source>&lt;b&gt;Your words and stickers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deine Texte und Sticker&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="166" />
        <source>Drag them on the preview; handles scale and turn them</source>
        <translation>Zieh sie in der Vorschau; die Griffe skalieren und drehen sie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="169" />
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="171" />
        <source>Add sticker</source>
        <translation>Sticker hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Play button</source>
        <translation>Play-Taste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="178" />
        <source>From a file…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="216" />
        <source>Choose a sticker</source>
        <translation>Wähle einen Sticker</translation>
    </message>
</context>
<context>
    <name>OwnItems</name>
    <message>
        <location filename="../../studio/ui/own_items.py" line="76" />
        <source>Your words</source>
        <translation>Deine Worte</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <location filename="../../studio/ui/widgets/param_controls.py" line="66" />
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../../studio/ui/platform_names.py" line="14" />
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="95" />
        <source>Ready to post</source>
        <translation>Bereit zum Posten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="101" />
        <source>You changed the video on Edit since this export: export again to post what you see there.</source>
        <translation>Du hast das Video seit diesem Export unter Bearbeiten geändert: Exportiere es erneut, um zu posten, was du dort siehst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="105" />
        <source>Export again (Ctrl+E)</source>
        <translation>Erneut exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="47" />
        <source>Use the template's caption</source>
        <translation>Beschreibung der Vorlage verwenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="50" />
        <source>Title (YouTube Shorts shows one)</source>
        <translation>Titel (YouTube Shorts zeigt einen)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="129" />
        <source>Save posting kit</source>
        <translation>Post-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="132" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="135" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="136" />
        <source>Copy caption</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="64" />
        <source>Post to</source>
        <translation>Posten auf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="66" />
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="70" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="72" />
        <source>Suggested hashtags (click to add)</source>
        <translation>Vorgeschlagene Hashtags (zum Hinzufügen klicken)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="74" />
        <source>Before you post</source>
        <translation>Vor dem Posten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="214" />
        <source>Posting {0}</source>
        <translation>Du postest {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="256" />
        <source>Your own caption: the blanks no longer change it.</source>
        <translation>Deine eigene Beschreibung: Die Lücken ändern sie nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="257" />
        <source>The template's caption: it follows your blanks until you edit it.</source>
        <translation>Die Beschreibung der Vorlage: Sie folgt deinen Lücken, bis du sie bearbeitest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/pages/post_page.py" line="315" />
        <source>{0}/%n hashtags</source>
        <translation><numerusform>{0}/%n Hashtag</numerusform><numerusform>{0}/%n Hashtags</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="316" />
        <source>{0}: {1}/{2} characters, {3}</source>
        <translation>{0}: {1}/{2} Zeichen, {3}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/pages/post_page.py" line="382" />
        <source>Caption copied without its last %n hashtag(s): {0} takes at most {1}.</source>
        <translation><numerusform>Beschreibung ohne das letzte Hashtag kopiert: {0} erlaubt höchstens {1}.</numerusform><numerusform>Beschreibung ohne die letzten %n Hashtags kopiert: {0} erlaubt höchstens {1}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="321" />
        <source>{0} {1}: {2}. Fix: {3}</source>
        <translation>{0} {1}: {2}. Lösung: {3}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="325" />
        <source>✓ Nothing to fix.</source>
        <translation>✓ Nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="360" />
        <source>Choose at least one platform.</source>
        <translation>Wähle mindestens eine Plattform.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="74" />
        <source>Saving the posting kit…</source>
        <translation>Post-Paket wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="80" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="95" />
        <source>Saved in {0}</source>
        <translation>Gespeichert in {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="106" />
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen, nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="101" />
        <source>Could not save the kit: {0}</source>
        <translation>Das Paket ließ sich nicht speichern: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="386" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation>Beschreibung kopiert: füge sie in der App ein, mit der du postest.</translation>
    </message>
</context>
<context>
    <name>PreviewCanvas</name>
    <message>
        <location filename="../../studio/ui/widgets/preview_canvas.py" line="24" />
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>PreviewTransport</name>
    <message>
        <location filename="../../studio/ui/preview_transport.py" line="40" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preview_transport.py" line="100" />
        <source>{0} / {1} s</source>
        <translation>{0} / {1} s</translation>
    </message>
</context>
<context>
    <name>RecordButton</name>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="25" />
        <source>Hold to record (Space)</source>
        <translation>Zum Aufnehmen gedrückt halten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="26" />
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="113" />
        <source>Import a clip instead…</source>
        <translation>Stattdessen einen Clip importieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="145" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="172" />
        <source>No camera found. Import a clip instead, or pick the test pattern in the camera list.</source>
        <translation>Keine Kamera gefunden. Importiere einen Clip oder wähle das Testbild in der Kameraliste.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="57" />
        <source>Your music</source>
        <translation>Deine Musik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="276" />
        <source>This template keeps its own song: your take will play over it, not over the music you record to.</source>
        <translation>Diese Vorlage behält ihren eigenen Song: deine Aufnahme läuft dazu, nicht zu der Musik, zu der du aufnimmst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="117" />
        <source>Cannot use that music: {0}</source>
        <translation>Diese Musik ist nicht verwendbar: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="141" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_recording.py" line="89" />
        <source>Released during the countdown: nothing recorded. Hold the button until the countdown ends.</source>
        <translation>Während des Countdowns losgelassen: nichts aufgenommen. Halte die Taste, bis der Countdown endet.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="47" />
        <source>Putting your take together…</source>
        <translation>Deine Aufnahme wird zusammengesetzt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="86" />
        <source>Take ready.</source>
        <translation>Aufnahme fertig.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="94" />
        <source>{0} · {1} s</source>
        <translation>{0} · {1} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="75" />
        <source>Cannot assemble the take: {0}</source>
        <translation>Die Aufnahme lässt sich nicht zusammensetzen: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="79" />
        <source>Stopped putting the take together; it stays in your recent takes.</source>
        <translation>Zusammensetzen der Aufnahme abgebrochen; sie bleibt in deinen letzten Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="97" />
        <source>(recovered)</source>
        <translation>(wiederhergestellt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="325" />
        <source>● Recording {0} s</source>
        <translation>● Aufnahme {0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="33" />
        <source>The computer was busy: the music skipped a little and the camera missed {0} frames.</source>
        <translation>Der Computer war ausgelastet: Die Musik ist kurz gesprungen und die Kamera hat {0} Bilder verpasst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="36" />
        <source>The computer was busy: the music skipped a little.</source>
        <translation>Der Computer war ausgelastet: Die Musik ist kurz gesprungen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="38" />
        <source>The computer was busy: the camera missed {0} frames.</source>
        <translation>Der Computer war ausgelastet: Die Kamera hat {0} Bilder verpasst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="40" />
        <source>Your take still matches the song. Closing other apps helps.</source>
        <translation>Deine Aufnahme bleibt im Takt mit dem Song. Andere Apps zu schließen hilft.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="178" />
        <source>Opening the camera…</source>
        <translation>Kamera wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="355" />
        <source>Tap to start, tap to stop (Space)</source>
        <translation>Tippen zum Starten, tippen zum Stoppen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="356" />
        <source>Hold to record (Space)</source>
        <translation>Zum Aufnehmen gedrückt halten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="359" />
        <source>A clip or photo</source>
        <translation>Ein Clip oder Foto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="96" />
        <source>A picture or clip behind you</source>
        <translation>Ein Bild oder Clip hinter dir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="70" />
        <source>Your room is cut away: you stand in front of {0}.</source>
        <translation>Dein Zimmer ist ausgeschnitten: du stehst vor {0}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="108" />
        <source>Cannot remove the background: {0}</source>
        <translation>Hintergrund kann nicht entfernt werden: {0}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="44" />
        <source>No music</source>
        <translation>Ohne Musik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="49" />
        <source>Your own file…</source>
        <translation>Eigene Datei…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="50" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="59" />
        <source>Your room</source>
        <translation>Dein Zimmer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="60" />
        <source>A picture or clip…</source>
        <translation>Ein Bild oder Clip…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="62" />
        <source>Stand in front of a picture or clip of your choice: your room is cut away</source>
        <translation>Stell dich vor ein Bild oder einen Clip deiner Wahl: dein Zimmer wird ausgeschnitten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="66" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="66" />
        <location filename="../../studio/ui/widgets/record_panel.py" line="74" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="75" />
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="81" />
        <source>End of track</source>
        <translation>Ende des Titels</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="82" />
        <source>Stop by itself at this point of the track</source>
        <translation>Hält an dieser Stelle des Titels von selbst an</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="83" />
        <source>Tap to start and stop</source>
        <translation>Tippen zum Starten und Stoppen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="84" />
        <source>Mirror the recording too</source>
        <translation>Auch die Aufnahme spiegeln</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="85" />
        <source>The preview is always mirrored, like a mirror; the video is not, unless you tick this</source>
        <translation>Die Vorschau ist immer gespiegelt wie ein Spiegel; das Video nicht, außer du kreuzt dies an</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="87" />
        <source>Ghost of the last segment</source>
        <translation>Geist des letzten Abschnitts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="89" />
        <source>Show what the app's buttons cover</source>
        <translation>Zeigen, was die Knöpfe der App verdecken</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="91" />
        <source>Takes recorded before, kept on disk even if the studio closed while recording</source>
        <translation>Früher aufgenommene Takes, auch erhalten, wenn das Studio beim Aufnehmen beendet wurde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="93" />
        <source>Use this take</source>
        <translation>Diese Aufnahme verwenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="96" />
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="99" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="100" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="101" />
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="102" />
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="103" />
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="104" />
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="105" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="106" />
        <source>Stop at</source>
        <translation>Stopp bei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="111" />
        <source>Earlier takes</source>
        <translation>Frühere Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="147" />
        <source>Test camera</source>
        <translation>Testkamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="150" />
        <source>Test pattern</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="152" />
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
</context>
<context>
    <name>RecordStage</name>
    <message>
        <location filename="../../studio/ui/widgets/record_stage.py" line="33" />
        <source>Delete last segment</source>
        <translation>Letzten Abschnitt löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_stage.py" line="34" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ScrubBar</name>
    <message>
        <location filename="../../studio/ui/widgets/preview_canvas.py" line="78" />
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="39" />
        <source>Videos are saved in {0}</source>
        <translation>Videos werden in {0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="40" />
        <location filename="../../studio/ui/settings_dialog.py" line="80" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="54" />
        <source>The first camera found</source>
        <translation>Die erste gefundene Kamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="59" />
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="64" />
        <source>Measure microphone latency</source>
        <translation>Mikrofon-Latenz messen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="65" />
        <source>Plays clicks and listens for them: keep the room quiet</source>
        <translation>Spielt Klicks ab und hört sie wieder: bitte Ruhe im Raum</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="72" />
        <source>English only</source>
        <translation>Nur Englisch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="73" />
        <source>English, Italian, German</source>
        <translation>Englisch, Italienisch, Deutsch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="77" />
        <source>Fetched once, the first time you make captions</source>
        <translation>Wird einmal geladen, wenn du zum ersten Mal Untertitel erstellst</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="79" />
        <source>Or a model folder on this computer</source>
        <translation>Oder ein Modellordner auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="86" />
        <location filename="../../studio/ui/settings_dialog.py" line="112" />
        <source>Save videos in</source>
        <translation>Videos speichern in</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="87" />
        <source>Prepare for</source>
        <translation>Vorbereiten für</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="88" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="89" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="90" />
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="91" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="93" />
        <location filename="../../studio/ui/settings_dialog.py" line="117" />
        <source>Captions model</source>
        <translation>Modell für Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="130" />
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="141" />
        <source>Round trip {0:.0f} ms (the device reports {1:.0f} ms); voice recordings are shifted by the difference.</source>
        <translation>Hin und zurück {0:.0f} ms (das Gerät meldet {1:.0f} ms); Sprachaufnahmen werden um die Differenz verschoben.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="147" />
        <source>Could not measure: {0}</source>
        <translation>Messung fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="51" />
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="54" />
        <source>Drop a photo here</source>
        <translation>Foto hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="54" />
        <source>Drop a clip here</source>
        <translation>Clip hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="56" />
        <source>Drop a clip or photo here</source>
        <translation>Clip oder Foto hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="60" />
        <location filename="../../studio/ui/widgets/slot_card.py" line="136" />
        <source>Empty: drop a file or choose one</source>
        <translation>Leer: Datei hierher ziehen oder wählen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="62" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="69" />
        <source>Where in the clip this slot starts</source>
        <translation>Wo im Clip dieser Platz beginnt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="73" />
        <source>Start at</source>
        <translation>Beginn bei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="107" />
        <source>“{0}” takes a photo; {1} is a clip</source>
        <translation>„{0}“ braucht ein Foto; {1} ist ein Clip</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="108" />
        <source>“{0}” takes a clip; {1} is a photo</source>
        <translation>„{0}“ braucht einen Clip; {1} ist ein Foto</translation>
    </message>
</context>
<context>
    <name>SlotTiming</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="33" />
        <source>Speed {0}x (template)</source>
        <translation>Tempo {0}x (Vorlage)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="38" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="38" />
        <source>Reverse</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="39" />
        <source>Freeze frame</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="40" />
        <location filename="../../studio/ui/widgets/slot_timing.py" line="52" />
        <source>{0} (template)</source>
        <translation>{0} (Vorlage)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="47" />
        <source>at </source>
        <translation>bei </translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="48" />
        <source>Seconds into the slot where the picture stops</source>
        <translation>Sekunden ab Beginn des Platzes, an denen das Bild stehen bleibt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="50" />
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="50" />
        <source>Fit, blurred sides</source>
        <translation>Einpassen, unscharfe Ränder</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="51" />
        <source>Fill, follow the face</source>
        <translation>Füllen, dem Gesicht folgen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="57" />
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="59" />
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="64" />
        <source>Frame</source>
        <translation>Bildausschnitt</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="65" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="82" />
        <source>Installed · version {0}</source>
        <translation>Installiert · Version {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="83" />
        <source>Bundled with the studio</source>
        <translation>Im Studio enthalten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="99" />
        <source>Cannot load
this template</source>
        <translation>Vorlage kann nicht
geladen werden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="103" />
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewWindow</name>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="55" />
        <source>Template preview: {0}</source>
        <translation>Vorlagenvorschau: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="62" />
        <location filename="../../studio/ui/template_preview/window.py" line="233" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="97" />
        <source>Safe zones:</source>
        <translation>Sichere Bereiche:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="109" />
        <source>Lint</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="114" />
        <source>Save any file of the template to redraw this frame.</source>
        <translation>Speichere eine beliebige Datei der Vorlage, um dieses Bild neu zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="185" />
        <source>Watching {0}</source>
        <translation>Beobachte {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="187" />
        <source>{0} problem(s) in {1}</source>
        <translation>{0} Problem(e) in {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="193" />
        <source>Cannot load the template; showing the last good version:</source>
        <translation>Die Vorlage lässt sich nicht laden; gezeigt wird die letzte gute Fassung:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="201" />
        <source>Lint finds nothing to fix.</source>
        <translation>Die Prüfung findet nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="233" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="100" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="103" />
        <source>Click to jump there; drag a clip's pictures to choose the part that plays (Shift: no snapping to beats); drag your own texts and stickers, or their ends, to choose when they show</source>
        <translation>Klicke, um dorthin zu springen; zieh die Bilder eines Clips, um den Teil zu wählen, der läuft (Umschalt: ohne Einrasten auf Beats); zieh deine Texte und Sticker oder ihre Enden, um zu wählen, wann sie zu sehen sind</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="167" />
        <source>starts at {0} s</source>
        <translation>beginnt bei {0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="169" />
        <source>Preparing preview {0}%</source>
        <translation>Vorschau wird vorbereitet {0} %</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="170" />
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="170" />
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="171" />
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="171" />
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="172" />
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="172" />
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="173" />
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="176" />
        <source>The timeline appears when a template is open</source>
        <translation>Die Zeitleiste erscheint, sobald eine Vorlage geöffnet ist</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="109" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="109" />
        <source>Undo: {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="110" />
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="110" />
        <source>Redo: {0}</source>
        <translation>Wiederholen: {0}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../studio/ui/step_names.py" line="50" />
        <source>recording speed</source>
        <translation>Aufnahmetempo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="51" />
        <source>countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="52" />
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="53" />
        <source>stop at</source>
        <translation>Stopp bei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="54" />
        <source>mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="55" />
        <source>ghost</source>
        <translation>Geist</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="56" />
        <source>camera look</source>
        <translation>Kamera-Look</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="57" />
        <source>music to record to</source>
        <translation>Musik zum Aufnehmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="58" />
        <source>where the music starts</source>
        <translation>wo die Musik beginnt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="59" />
        <source>background behind you</source>
        <translation>Hintergrund hinter dir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="64" />
        <source>adding a text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="65" />
        <source>adding a sticker</source>
        <translation>Sticker hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="66" />
        <source>deleting a text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="67" />
        <source>deleting a sticker</source>
        <translation>Sticker löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="68" />
        <source>moving a text</source>
        <translation>Text verschieben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="69" />
        <source>moving a sticker</source>
        <translation>Sticker verschieben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="70" />
        <source>size of a text</source>
        <translation>Größe eines Texts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="71" />
        <source>size of a sticker</source>
        <translation>Größe eines Stickers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="72" />
        <source>turning a text</source>
        <translation>Text drehen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="73" />
        <source>turning a sticker</source>
        <translation>Sticker drehen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="74" />
        <source>timing of a text</source>
        <translation>Timing eines Texts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="75" />
        <source>timing of a sticker</source>
        <translation>Timing eines Stickers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="76" />
        <source>style of a text</source>
        <translation>Stil eines Texts</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="77" />
        <source>style of a sticker</source>
        <translation>Stil eines Stickers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="78" />
        <location filename="../../studio/ui/step_names.py" line="79" />
        <source>typing in a text</source>
        <translation>Tippen in einem Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="82" />
        <source>captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="83" />
        <source>look of the captions</source>
        <translation>Stil der Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="84" />
        <source>showing the captions</source>
        <translation>Untertitel zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="85" />
        <source>a word of the captions</source>
        <translation>ein Wort der Untertitel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="86" />
        <source>splitting a caption line</source>
        <translation>Untertitelzeile teilen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="87" />
        <source>joining caption lines</source>
        <translation>Untertitelzeilen verbinden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="111" />
        <source>typing in {0}</source>
        <translation>Tippen in {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="116" />
        <source>look of {0}</source>
        <translation>Look von {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="118" />
        <source>emptying {0}</source>
        <translation>{0} leeren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="120" />
        <source>clip in {0}</source>
        <translation>Clip in {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="121" />
        <source>trim or timing of {0}</source>
        <translation>Schnitt oder Timing von {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="123" />
        <source>caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="125" />
        <source>typing the title</source>
        <translation>Tippen des Titels</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="127" />
        <source>platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="129" />
        <source>cover</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="131" />
        <source>music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="133" />
        <source>export settings</source>
        <translation>Exporteinstellungen</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../studio/ui/widgets/waveform.py" line="39" />
        <source>Click where the music should start</source>
        <translation>Klicke, wo die Musik beginnen soll</translation>
    </message>
</context>
</TS>