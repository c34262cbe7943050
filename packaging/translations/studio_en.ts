<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BeatRuler</name>
    <message>
        <location filename="../../studio/ui/template_preview/beat_ruler.py" line="24" />
        <source>Beats (ticks) and slot cuts (labels); click to jump there</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../studio/ui/widgets/caption_editor.py" line="40" />
        <source>Say what it's about… #hashtags and @mentions work</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptionsControl</name>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="104" />
        <source>Listening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="117" />
        <source>Fetching the speech model (once): {0}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="119" />
        <source>Transcribing: {0}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="133" />
        <source>No clip with a voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="136" />
        <source>{0} words; click one to correct it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="143" />
        <source>Stopped; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="166" />
        <source>Correct a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/captions_control.py" line="166" />
        <source>Word</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="42" />
        <source>Auto captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="44" />
        <source>Make captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="45" />
        <source>Transcribes the clips' voices on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="47" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="52" />
        <source>Word by word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="53" />
        <source>Karaoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="54" />
        <source>Boxed lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="55" />
        <source>Bold outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="57" />
        <source>The template's look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="63" />
        <source>Show in the video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="122" />
        <source>Click to correct; right-click to split or join lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="137" />
        <source>Correct this word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="139" />
        <source>Start a new line here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/captions_panel.py" line="142" />
        <source>Join with the next line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoverPicker</name>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="41" />
        <source>The frame the cover shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="44" />
        <source>Text on the cover (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="49" />
        <source>Cover frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/cover_picker.py" line="62" />
        <source>Export a video or finish a take first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="66" />
        <source>(no log file could be written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="69" />
        <source>Crossumer Studio ran into a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="71" />
        <source>Something went wrong. Your drafts are saved after every edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/crash_report.py" line="75" />
        <source>Details are in the log file:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="33" />
        <source>no text yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/widgets/drafts_list.py" line="35" />
        <source>%n clip(s)</source>
        <translation><numerusform>%n clip</numerusform><numerusform>%n clips</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="77" />
        <source>Continue a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="99" />
        <source>template not found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuetView</name>
    <message>
        <location filename="../../studio/ui/widgets/duet_view.py" line="19" />
        <source>The clip you are duetting, in time with the music</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="88" />
        <source>Pick a template on Home to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="96" />
        <location filename="../../studio/ui/pages/edit_page.py" line="468" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="110" />
        <source>Snap to beats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="113" />
        <source>Dragging a clip moves it by whole beats (hold Shift to move it freely)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="35" />
        <source>No font on this computer has {0}: they show as empty boxes in “{1}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="40" />
        <source>{0} ends after {1} s of the {2} s it should last: the file is cut short. Copy it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="45" />
        <source>{0}: its sound is damaged: it skips and what follows plays early. Copy the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="48" />
        <source>{0}: its sound is damaged near {1} s of the file, {2} s into the video: it skips there and what follows plays early. Copy the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="54" />
        <source>{0}: its sound is damaged at {1} of the file, so the video is without it at {2}. Copy the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="59" />
        <source>{0} is {1} s long and starts at {2} s: the video has no music.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="62" />
        <source>{0} ends {1} s into the {2} s video: the rest has no music.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="67" />
        <source>{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other {4} s. Choose a longer clip or start it earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/plan_notice.py" line="71" />
        <source>{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other {4} s. Choose a longer clip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="39" />
        <source>Its last picture stays still for the last {0} s: the clip plays {1} of the {2} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="43" />
        <source>The file is cut short: it ends after {0} of the {1} s it should last.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="48" />
        <source>Its sound is damaged near {0} s of the file and skips there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="52" />
        <source>Its sound is damaged and skips.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/slot_notes.py" line="53" />
        <source>Its sound is damaged at {0} of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="394" />
        <location filename="../../studio/ui/pages/edit_page.py" line="420" />
        <source>Cannot export yet: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="406" />
        <source>Checking your clips…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="131" />
        <source>Add a clip or photo to “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="133" />
        <source>Fill in “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/edit_planning.py" line="135" />
        <source>“{0}” is {1} characters; the most is {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="468" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="38" />
        <source>Export video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="40" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="49" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="50" />
        <source>Copy caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="108" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="121" />
        <location filename="../../studio/ui/widgets/export_panel.py" line="156" />
        <source>Saved {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="128" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="137" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="141" />
        <source>about {0} s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="142" />
        <source>Exporting… {0}% {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="164" />
        <source>Export failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="170" />
        <source>Export cancelled; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterControls</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="38" />
        <source>Template's look ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="39" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="41" />
        <source>No filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_strip.py" line="28" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="16" />
        <source>Adjust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="17" />
        <source>Cool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="18" />
        <source>Dreamy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="19" />
        <source>Face sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="20" />
        <source>Faded film</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="21" />
        <source>Film grain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="22" />
        <source>Green screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="23" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="24" />
        <source>LUT file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="25" />
        <source>Mono</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="26" />
        <source>Noir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="27" />
        <source>Remove background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="28" />
        <source>Sharpen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="29" />
        <source>Smooth skin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="30" />
        <source>Sunset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="31" />
        <source>Teal &amp; orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="32" />
        <source>Vignette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="33" />
        <source>Vintage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="34" />
        <source>Vivid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="35" />
        <source>Warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="37" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="38" />
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="39" />
        <source>Background starts at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="40" />
        <source>Brightness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="41" />
        <source>Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="42" />
        <source>Edge softness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="43" />
        <source>Saturation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="44" />
        <source>Screen colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="45" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="46" />
        <source>Smoothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="47" />
        <source>Smoothness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="48" />
        <source>Spill removal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="49" />
        <source>Sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="50" />
        <source>Strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="51" />
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="52" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="53" />
        <source>Tint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/filter_titles.py" line="54" />
        <source>Tolerance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingTexts</name>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="26" />
        <source>top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="26" />
        <source>bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="27" />
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="27" />
        <source>right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="28" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="31" />
        <source>export at {0}x{1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="36" />
        <source>it is {0} s long; {1} takes at most {2} s and would cut or refuse it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="38" />
        <source>post a {0} s cut (the posting kit makes one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="41" />
        <source>it is {0} s long; {1} needs at least {2} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="43" />
        <source>make the video longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="46" />
        <source>{0} fps is outside the {1}-{2} fps that {3} takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="48" />
        <source>export at {0} fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="51" />
        <source>{0}x{1} is not the shape of {2}x{3}; {4} adds bars or crops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="57" />
        <source>{0}x{1} is below {2}x{3}; it will look soft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="63" />
        <source>{0} does not take {1} files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="64" />
        <source>export as {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="67" />
        <source>{0} does not take {1} video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="68" />
        <source>re-encode as {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="71" />
        <source>the video has no sound; the platforms rank silent videos lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="72" />
        <source>add a soundtrack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="75" />
        <source>{0} audio at {1} Hz is not what {2} takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="77" />
        <source>re-encode the sound as AAC at {0} kHz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="80" />
        <source>the file's index is at the end, so uploads and previews start slowly (Reels may refuse it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="82" />
        <source>move the index to the front (faststart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="85" />
        <source>the caption is {0} characters; {1} allows {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="87" />
        <source>shorten it by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="90" />
        <source>{0} hashtags; {1} uses at most {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="92" />
        <source>keep your best {0} (the kit keeps the first {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="95" />
        <source>{0} shows a title and none is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="96" />
        <source>add a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="99" />
        <source>the title is {0} characters; {1} allows {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="101" />
        <source>shorten it to {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="104" />
        <source>the text “{0}” reaches under the buttons of {1} at the {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="106" />
        <source>move it toward the centre or shorten it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="109" />
        <source>your “{0}” sits under the buttons of {1} at the {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/finding_texts.py" line="111" />
        <source>move it inside the safe zone (on the preview it snaps to its edges)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="130" />
        <source>Pick a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="133" />
        <source>Search by name or tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="140" />
        <source>Import template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="141" />
        <source>Install a .crossumer template package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="143" />
        <source>Just record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="145" />
        <source>Record to music without a template: a plain lip-sync video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="148" />
        <source>Double-click a template to fill it with your clips and words. Point at one to see it move. Drop a .crossumer file on the window to install it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="245" />
        <source>Import template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="246" />
        <source>Crossumer templates (*.crossumer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="264" />
        <source>{0} {1} is already installed (this file has {2}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="268" />
        <source>Update template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="269" />
        <source>Update {0} from version {1} to {2}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="278" />
        <source>Install template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="279" />
        <source>Install {0}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="287" />
        <source>Not installed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="290" />
        <source>Not installed: {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="292" />
        <source>Installed {0} {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="300" />
        <source>Remove template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="301" />
        <source>Remove {0} from this computer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="306" />
        <location filename="../../studio/ui/pages/home_page.py" line="309" />
        <source>Not removed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="311" />
        <source>Removed {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="76" />
        <source>Crossumer Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="85" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="86" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="87" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="88" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="90" />
        <location filename="../../studio/ui/main_window.py" line="91" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="138" />
        <location filename="../../studio/ui/main_window.py" line="144" />
        <source>Cannot open the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="139" />
        <source>{0}: cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="152" />
        <source>Pick a template for your draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="217" />
        <source>Where does the take go?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218" />
        <source>Every slot of this template has a clip. Replace one with the take, or post the take on its own?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="223" />
        <source>Replace {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="227" />
        <source>Post it alone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissingTemplateDialog</name>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="50" />
        <source>Template not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="52" />
        <source>The template '{0}' of this draft is no longer installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="55" />
        <source>Pick another template for your clips and words, or keep the draft as it is (install the template again to continue it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="59" />
        <source>Pick another template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/missing_template.py" line="62" />
        <source>Keep the draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="32" />
        <source>bright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="33" />
        <source>energetic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="34" />
        <source>moody</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverlayCard</name>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="54" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="74" />
        <source>Your words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="75" />
        <source>Words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="78" />
        <source>Style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="79" />
        <source>Classic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="79" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="80" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="80" />
        <source>Clean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="84" />
        <source>Style…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="87" />
        <source>Font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="95" />
        <source>Outline or box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="96" />
        <source>Outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="96" />
        <source>Box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="97" />
        <source>Plain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="102" />
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="140" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="103" />
        <source>Colour of the words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="165" />
        <source>&lt;b&gt;Your words and stickers&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="166" />
        <source>Drag them on the preview; handles scale and turn them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="169" />
        <source>Add text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="171" />
        <source>Add sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Heart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="173" />
        <source>Play button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="178" />
        <source>From a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/overlay_panel.py" line="216" />
        <source>Choose a sticker</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnItems</name>
    <message>
        <location filename="../../studio/ui/own_items.py" line="76" />
        <source>Your words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <location filename="../../studio/ui/widgets/param_controls.py" line="66" />
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../../studio/ui/platform_names.py" line="14" />
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="95" />
        <source>Ready to post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="101" />
        <source>You changed the video on Edit since this export: export again to post what you see there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="105" />
        <source>Export again (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="47" />
        <source>Use the template's caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="50" />
        <source>Title (YouTube Shorts shows one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="129" />
        <source>Save posting kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="132" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="135" />
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="136" />
        <source>Copy caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="64" />
        <source>Post to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="66" />
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="70" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="72" />
        <source>Suggested hashtags (click to add)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/post_column.py" line="74" />
        <source>Before you post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="214" />
        <source>Posting {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="256" />
        <source>Your own caption: the blanks no longer change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="257" />
        <source>The template's caption: it follows your blanks until you edit it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/pages/post_page.py" line="315" />
        <source>{0}/%n hashtags</source>
        <translation><numerusform>{0}/%n hashtag</numerusform><numerusform>{0}/%n hashtags</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="316" />
        <source>{0}: {1}/{2} characters, {3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="321" />
        <source>{0} {1}: {2}. Fix: {3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="325" />
        <source>✓ Nothing to fix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="360" />
        <source>Choose at least one platform.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/pages/post_page.py" line="382" />
        <source>Caption copied without its last %n hashtag(s): {0} takes at most {1}.</source>
        <translation><numerusform>Caption copied without its last hashtag: {0} takes at most {1}.</numerusform><numerusform>Caption copied without its last %n hashtags: {0} takes at most {1}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="386" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="74" />
        <source>Saving the posting kit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="80" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="95" />
        <source>Saved in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="101" />
        <source>Could not save the kit: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/posting_kit_job.py" line="106" />
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewCanvas</name>
    <message>
        <location filename="../../studio/ui/widgets/preview_canvas.py" line="24" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewTransport</name>
    <message>
        <location filename="../../studio/ui/preview_transport.py" line="40" />
        <source>{0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/preview_transport.py" line="100" />
        <source>{0} / {1} s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordButton</name>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="25" />
        <source>Hold to record (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="26" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="113" />
        <source>Import a clip instead…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="172" />
        <source>No camera found. Import a clip instead, or pick the test pattern in the camera list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="178" />
        <source>Opening the camera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="276" />
        <source>This template keeps its own song: your take will play over it, not over the music you record to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_recording.py" line="89" />
        <source>Released during the countdown: nothing recorded. Hold the button until the countdown ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="325" />
        <source>● Recording {0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="33" />
        <source>The computer was busy: the music skipped a little and the camera missed {0} frames.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="36" />
        <source>The computer was busy: the music skipped a little.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="38" />
        <source>The computer was busy: the camera missed {0} frames.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/record_status.py" line="40" />
        <source>Your take still matches the song. Closing other apps helps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="355" />
        <source>Tap to start, tap to stop (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="356" />
        <source>Hold to record (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="359" />
        <source>A clip or photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="57" />
        <source>Your music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="117" />
        <source>Cannot use that music: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="141" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/soundtrack_choice.py" line="145" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="47" />
        <source>Putting your take together…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="86" />
        <source>Take ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="75" />
        <source>Cannot assemble the take: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="79" />
        <source>Stopped putting the take together; it stays in your recent takes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="94" />
        <source>{0} · {1} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/take_assembly.py" line="97" />
        <source>(recovered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="96" />
        <source>A picture or clip behind you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="70" />
        <source>Your room is cut away: you stand in front of {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/background_choice.py" line="108" />
        <source>Cannot remove the background: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="44" />
        <source>No music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="49" />
        <source>Your own file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="50" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="59" />
        <source>Your room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="60" />
        <source>A picture or clip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="62" />
        <source>Stand in front of a picture or clip of your choice: your room is cut away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="66" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="66" />
        <location filename="../../studio/ui/widgets/record_panel.py" line="74" />
        <source>{0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="75" />
        <source>{0} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="81" />
        <source>End of track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="82" />
        <source>Stop by itself at this point of the track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="83" />
        <source>Tap to start and stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="84" />
        <source>Mirror the recording too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="85" />
        <source>The preview is always mirrored, like a mirror; the video is not, unless you tick this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="87" />
        <source>Ghost of the last segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="89" />
        <source>Show what the app's buttons cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="91" />
        <source>Takes recorded before, kept on disk even if the studio closed while recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="93" />
        <source>Use this take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="96" />
        <source>Music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="99" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="100" />
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="101" />
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="102" />
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="103" />
        <source>Countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="104" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="105" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="106" />
        <source>Stop at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="111" />
        <source>Earlier takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="147" />
        <source>Test camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="150" />
        <source>Test pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="152" />
        <source>No microphone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordStage</name>
    <message>
        <location filename="../../studio/ui/widgets/record_stage.py" line="33" />
        <source>Delete last segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_stage.py" line="34" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScrubBar</name>
    <message>
        <location filename="../../studio/ui/widgets/preview_canvas.py" line="78" />
        <source>Position in the video</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="39" />
        <source>Videos are saved in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="40" />
        <location filename="../../studio/ui/settings_dialog.py" line="80" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="54" />
        <source>The first camera found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="59" />
        <source>No microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="64" />
        <source>Measure microphone latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="65" />
        <source>Plays clicks and listens for them: keep the room quiet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="72" />
        <source>English only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="73" />
        <source>English, Italian, German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="77" />
        <source>Fetched once, the first time you make captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="79" />
        <source>Or a model folder on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="86" />
        <location filename="../../studio/ui/settings_dialog.py" line="112" />
        <source>Save videos in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="87" />
        <source>Prepare for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="88" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="89" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="90" />
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="91" />
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="93" />
        <location filename="../../studio/ui/settings_dialog.py" line="117" />
        <source>Captions model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="130" />
        <source>Listening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="141" />
        <source>Round trip {0:.0f} ms (the device reports {1:.0f} ms); voice recordings are shifted by the difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="147" />
        <source>Could not measure: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="51" />
        <source> (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="54" />
        <source>Drop a photo here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="54" />
        <source>Drop a clip here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="56" />
        <source>Drop a clip or photo here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="60" />
        <location filename="../../studio/ui/widgets/slot_card.py" line="136" />
        <source>Empty: drop a file or choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="62" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="69" />
        <source>Where in the clip this slot starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="73" />
        <source>Start at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="107" />
        <source>“{0}” takes a photo; {1} is a clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="108" />
        <source>“{0}” takes a clip; {1} is a photo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlotTiming</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="33" />
        <source>Speed {0}x (template)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="38" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="38" />
        <source>Reverse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="39" />
        <source>Freeze frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="40" />
        <location filename="../../studio/ui/widgets/slot_timing.py" line="52" />
        <source>{0} (template)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="47" />
        <source>at </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="48" />
        <source>Seconds into the slot where the picture stops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="50" />
        <source>Fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="50" />
        <source>Fit, blurred sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="51" />
        <source>Fill, follow the face</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="57" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="59" />
        <source>Effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="64" />
        <source>Frame</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="65" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="82" />
        <source>Installed · version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="83" />
        <source>Bundled with the studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="99" />
        <source>Cannot load
this template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/template_card.py" line="103" />
        <source>unknown problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePreviewWindow</name>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="55" />
        <source>Template preview: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="62" />
        <location filename="../../studio/ui/template_preview/window.py" line="233" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="97" />
        <source>Safe zones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="109" />
        <source>Lint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="114" />
        <source>Save any file of the template to redraw this frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="185" />
        <source>Watching {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="187" />
        <source>{0} problem(s) in {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="193" />
        <source>Cannot load the template; showing the last good version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="201" />
        <source>Lint finds nothing to fix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/template_preview/window.py" line="233" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="100" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="103" />
        <source>Click to jump there; drag a clip's pictures to choose the part that plays (Shift: no snapping to beats); drag your own texts and stickers, or their ends, to choose when they show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="167" />
        <source>starts at {0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="169" />
        <source>Preparing preview {0}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="170" />
        <source>Music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="170" />
        <source>Clips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="171" />
        <source>Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="171" />
        <source>Shapes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="172" />
        <source>Stickers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="172" />
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="173" />
        <source>Captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/timeline.py" line="176" />
        <source>The timeline appears when a template is open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="109" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="109" />
        <source>Undo: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="110" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/widgets/undo_buttons.py" line="110" />
        <source>Redo: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../studio/ui/step_names.py" line="50" />
        <source>recording speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="51" />
        <source>countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="52" />
        <source>length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="53" />
        <source>stop at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="54" />
        <source>mirror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="55" />
        <source>ghost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="56" />
        <source>camera look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="57" />
        <source>music to record to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="58" />
        <source>where the music starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="59" />
        <source>background behind you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="64" />
        <source>adding a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="65" />
        <source>adding a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="66" />
        <source>deleting a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="67" />
        <source>deleting a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="68" />
        <source>moving a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="69" />
        <source>moving a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="70" />
        <source>size of a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="71" />
        <source>size of a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="72" />
        <source>turning a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="73" />
        <source>turning a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="74" />
        <source>timing of a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="75" />
        <source>timing of a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="76" />
        <source>style of a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="77" />
        <source>style of a sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="78" />
        <location filename="../../studio/ui/step_names.py" line="79" />
        <source>typing in a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="82" />
        <source>captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="83" />
        <source>look of the captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="84" />
        <source>showing the captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="85" />
        <source>a word of the captions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="86" />
        <source>splitting a caption line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="87" />
        <source>joining caption lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="111" />
        <source>typing in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="116" />
        <source>look of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="118" />
        <source>emptying {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="120" />
        <source>clip in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="121" />
        <source>trim or timing of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="123" />
        <source>caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="125" />
        <source>typing the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="127" />
        <source>platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="129" />
        <source>cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="131" />
        <source>music</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../studio/ui/step_names.py" line="133" />
        <source>export settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../studio/ui/widgets/waveform.py" line="39" />
        <source>Click where the music should start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>