<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../studio/ui/widgets/caption_editor.py" line="32" />
        <source>Say what it's about… #hashtags and @mentions work</source>
        <translation>Racconta di cosa parla… #hashtag e @menzioni funzionano</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <location filename="../../studio/ui/widgets/drafts_list.py" line="44" />
        <source>Continue a draft</source>
        <translation>Riprendi una bozza</translation>
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="71" />
        <source>Pick a template on Home to start</source>
        <translation>Scegli un modello in Home per iniziare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="85" />
        <location filename="../../studio/ui/pages/edit_page.py" line="302" />
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/edit_page.py" line="302" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="26" />
        <source>Export video</source>
        <translation>Esporta video</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="28" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="37" />
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="38" />
        <source>Copy caption</source>
        <translation>Copia didascalia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="72" />
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="78" />
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="82" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation>Didascalia copiata: incollala nell'app con cui pubblichi.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="86" />
        <source>about {0} s left</source>
        <translation>mancano circa {0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="87" />
        <source>Exporting… {0}% {1}</source>
        <translation>Esportazione… {0}% {1}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="100" />
        <source>Saved {0}</source>
        <translation>Salvato {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="108" />
        <source>Export failed: {0}</source>
        <translation>Esportazione non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/export_panel.py" line="114" />
        <source>Export cancelled; nothing was saved.</source>
        <translation>Esportazione annullata: non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>FilterControls</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="37" />
        <source>Template's look ({0})</source>
        <translation>Stile del modello ({0})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="38" />
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/filter_controls.py" line="40" />
        <source>No filter</source>
        <translation>Nessun filtro</translation>
    </message>
</context>
<context>
    <name>FilterStrip</name>
    <message>
        <location filename="../../studio/ui/widgets/filter_strip.py" line="28" />
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="48" />
        <source>Pick a template</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="51" />
        <source>Search by name or tag</source>
        <translation>Cerca per nome o tag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="70" />
        <source>Double-click a template to fill it with your clips and words.</source>
        <translation>Fai doppio clic su un modello per riempirlo con le tue clip e le tue parole.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="72" />
        <source>Just record</source>
        <translation>Registra e basta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/home_page.py" line="74" />
        <source>Record to music without a template: a plain lip-sync video</source>
        <translation>Registra sulla musica senza modello: un semplice video in playback</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="38" />
        <source>Crossumer Studio</source>
        <translation>Crossumer Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48" />
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49" />
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50" />
        <source>Post</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="51" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="74" />
        <source>Cannot open the draft</source>
        <translation>Impossibile aprire la bozza</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <location filename="../../studio/ui/widgets/param_controls.py" line="66" />
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="64" />
        <source>Ready to post</source>
        <translation>Pronto da pubblicare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="66" />
        <source>Export a video or finish a take first.</source>
        <translation>Prima esporta un video o completa una ripresa.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="72" />
        <source>The frame the cover shows</source>
        <translation>Il fotogramma mostrato in copertina</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="75" />
        <source>Text on the cover (optional)</source>
        <translation>Testo sulla copertina (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="78" />
        <source>Cover frame</source>
        <translation>Fotogramma di copertina</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="86" />
        <source>Title (YouTube Shorts shows one)</source>
        <translation>Titolo (YouTube Shorts lo mostra)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="105" />
        <source>Save posting kit</source>
        <translation>Salva il kit per la pubblicazione</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="108" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="111" />
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="113" />
        <source>Copy caption</source>
        <translation>Copia didascalia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="126" />
        <source>Post to</source>
        <translation>Pubblica su</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="128" />
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="132" />
        <source>Suggested hashtags (click to add)</source>
        <translation>Hashtag suggeriti (clicca per aggiungere)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="134" />
        <source>Before you post</source>
        <translation>Prima di pubblicare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="181" />
        <source>{0}: {1}/{2} characters, {3}/{4} hashtags</source>
        <translation>{0}: {1}/{2} caratteri, {3}/{4} hashtag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="186" />
        <source>Fix</source>
        <translation>Rimedio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="191" />
        <source>✓ Nothing to fix.</source>
        <translation>✓ Niente da sistemare.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="233" />
        <source>Choose at least one platform.</source>
        <translation>Scegli almeno una piattaforma.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="256" />
        <source>Saving the posting kit…</source>
        <translation>Salvataggio del kit…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="262" />
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="275" />
        <source>Saved in {0}</source>
        <translation>Salvato in {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="282" />
        <source>Cancelled; nothing was saved.</source>
        <translation>Annullato: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="284" />
        <source>Could not save the kit: {0}</source>
        <translation>Impossibile salvare il kit: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/post_page.py" line="293" />
        <source>Caption copied: paste it into the app you post with.</source>
        <translation>Didascalia copiata: incollala nell'app con cui pubblichi.</translation>
    </message>
</context>
<context>
    <name>RecordButton</name>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="25" />
        <source>Hold to record (Space)</source>
        <translation>Tieni premuto per registrare (Spazio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_button.py" line="26" />
        <source>Record</source>
        <translation>Registra</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="81" />
        <source>Import a clip instead…</source>
        <translation>Importa invece una clip…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="261" />
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="157" />
        <source>No camera found. Import a clip instead, or pick the test pattern in the camera list.</source>
        <translation>Nessuna fotocamera trovata. Importa una clip, oppure scegli l'immagine di prova nell'elenco delle fotocamere.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="214" />
        <source>Your music</source>
        <translation>La tua musica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="234" />
        <source>Cannot use that music: {0}</source>
        <translation>Questa musica non si può usare: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="258" />
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="325" />
        <source>Putting your take together…</source>
        <translation>Sto montando la tua ripresa…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="328" />
        <source>Take ready.</source>
        <translation>Ripresa pronta.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="329" />
        <source>Cannot assemble the take: {0}</source>
        <translation>Impossibile montare la ripresa: {0}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="337" />
        <source>{0} · {1:.1f} s</source>
        <translation>{0} · {1:.1f} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="340" />
        <source>(recovered)</source>
        <translation>(recuperata)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="411" />
        <source>Tap to start, tap to stop (Space)</source>
        <translation>Tocca per avviare, tocca per fermare (Spazio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="412" />
        <source>Hold to record (Space)</source>
        <translation>Tieni premuto per registrare (Spazio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/pages/record_page.py" line="419" />
        <source>A clip or photo</source>
        <translation>Una clip o una foto</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="35" />
        <source>No music</source>
        <translation>Senza musica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="38" />
        <source>Your own file…</source>
        <translation>Un tuo file…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="39" />
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="49" />
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="49" />
        <location filename="../../studio/ui/widgets/record_panel.py" line="57" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="58" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="64" />
        <source>End of track</source>
        <translation>Fine del brano</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="65" />
        <source>Stop by itself at this point of the track</source>
        <translation>Si ferma da solo in questo punto del brano</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="66" />
        <source>Tap to start and stop</source>
        <translation>Tocca per avviare e fermare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="67" />
        <source>Mirror the recording too</source>
        <translation>Specchia anche la registrazione</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="68" />
        <source>The preview is always mirrored, like a mirror; the video is not, unless you tick this</source>
        <translation>L'anteprima è sempre specchiata, come uno specchio; il video no, a meno che tu non spunti questa casella</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="70" />
        <source>Ghost of the last segment</source>
        <translation>Fantasma dell'ultimo segmento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="72" />
        <source>Show what the app's buttons cover</source>
        <translation>Mostra cosa coprono i pulsanti dell'app</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="73" />
        <source>Delete last segment</source>
        <translation>Elimina l'ultimo segmento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="74" />
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="80" />
        <source>Takes recorded before, kept on disk even if the studio closed while recording</source>
        <translation>Riprese registrate in precedenza, conservate anche se lo studio si è chiuso durante la registrazione</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="82" />
        <source>Use this take</source>
        <translation>Usa questa ripresa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="85" />
        <source>Music</source>
        <translation>Musica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="88" />
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="89" />
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="90" />
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="91" />
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="92" />
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="93" />
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="94" />
        <source>Stop at</source>
        <translation>Ferma a</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="100" />
        <source>Earlier takes</source>
        <translation>Riprese precedenti</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="112" />
        <source>Camera from STUDIO_CAMERA</source>
        <translation>Fotocamera da STUDIO_CAMERA</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="115" />
        <source>Test pattern</source>
        <translation>Immagine di prova</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/record_panel.py" line="117" />
        <source>No microphone</source>
        <translation>Nessun microfono</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="31" />
        <source>Movies/Crossumer Studio</source>
        <translation>Filmati/Crossumer Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="32" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="46" />
        <source>The first camera found</source>
        <translation>La prima fotocamera trovata</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="51" />
        <source>No microphone</source>
        <translation>Nessun microfono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="56" />
        <source>Measure microphone latency</source>
        <translation>Misura la latenza del microfono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="57" />
        <source>Plays clicks and listens for them: keep the room quiet</source>
        <translation>Riproduce dei clic e li riascolta: fai silenzio nella stanza</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="63" />
        <location filename="../../studio/ui/settings_dialog.py" line="85" />
        <source>Save videos in</source>
        <translation>Salva i video in</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="64" />
        <source>Prepare for</source>
        <translation>Prepara per</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="65" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="66" />
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="67" />
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="68" />
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="98" />
        <source>Listening…</source>
        <translation>In ascolto…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="106" />
        <source>Round trip {0:.0f} ms (the device reports {1:.0f} ms); voice recordings are shifted by the difference.</source>
        <translation>Andata e ritorno {0:.0f} ms (il dispositivo dichiara {1:.0f} ms); le registrazioni della voce vengono spostate della differenza.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/settings_dialog.py" line="112" />
        <source>Could not measure: {0}</source>
        <translation>Misura non riuscita: {0}</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="44" />
        <source> (optional)</source>
        <translation> (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="45" />
        <source>Drop a clip or photo here</source>
        <translation>Trascina qui una clip o una foto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="48" />
        <location filename="../../studio/ui/widgets/slot_card.py" line="87" />
        <source>Empty: drop a file or choose one</source>
        <translation>Vuoto: trascina un file o scegline uno</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="50" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="57" />
        <source>Where in the clip this slot starts</source>
        <translation>Da dove parte la clip in questo spazio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_card.py" line="61" />
        <source>Start at</source>
        <translation>Inizia a</translation>
    </message>
</context>
<context>
    <name>SlotTiming</name>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="25" />
        <source>Speed {0}x (template)</source>
        <translation>Velocità {0}x (modello)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="29" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="29" />
        <source>Reverse</source>
        <translation>Al contrario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="30" />
        <source>Freeze frame</source>
        <translation>Fermo immagine</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="31" />
        <location filename="../../studio/ui/widgets/slot_timing.py" line="43" />
        <source>{0} (template)</source>
        <translation>{0} (modello)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="38" />
        <source>at </source>
        <translation>a </translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="39" />
        <source>Seconds into the slot where the picture stops</source>
        <translation>Secondi dall'inizio dello spazio in cui l'immagine si ferma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="41" />
        <source>Fill</source>
        <translation>Riempi</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="41" />
        <source>Fit, blurred sides</source>
        <translation>Adatta, lati sfocati</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="42" />
        <source>Fill, follow the face</source>
        <translation>Riempi, segui il volto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="48" />
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="50" />
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/widgets/slot_timing.py" line="53" />
        <source>Frame</source>
        <translation>Inquadratura</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../studio/ui/widgets/waveform.py" line="38" />
        <source>Click where the music should start</source>
        <translation>Clicca dove deve partire la musica</translation>
    </message>
</context>
</TS>