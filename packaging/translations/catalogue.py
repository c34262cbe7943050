"""`make translations`: refresh the .ts files from the code, fill in the Italian and German
texts kept here, and compile them into resources/translations/*.qm (which are committed, so a
fresh clone and a packaged build need no Qt tools).

A string without a translation here stays English and is listed, so nothing goes missing
silently. Preflight findings are phrased in the window from their codes (finding_catalogue.py);
captions and platform texts from the core are English for now.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

# English source -> (Italian, German)
TEXTS: dict[str, tuple[str, str]] = {
    " (optional)": (" (facoltativo)", " (optional)"),
    "A clip or photo": ("Una clip o una foto", "Ein Clip oder Foto"),
    "Before you post": ("Prima di pubblicare", "Vor dem Posten"),
    "Camera": ("Fotocamera", "Kamera"),
    "Cancel": ("Annulla", "Abbrechen"),
    "Cancelled; nothing was saved.": ("Annullato: non è stato salvato nulla.",
                                      "Abgebrochen, nichts wurde gespeichert."),
    "Cancelling…": ("Annullamento…", "Wird abgebrochen…"),
    "Cannot assemble the take: {0}": ("Impossibile montare la ripresa: {0}",
                                      "Die Aufnahme lässt sich nicht zusammensetzen: {0}"),
    "Cannot open the draft": ("Impossibile aprire la bozza", "Entwurf lässt sich nicht öffnen"),
    "Cannot use that music: {0}": ("Questa musica non si può usare: {0}",
                                   "Diese Musik ist nicht verwendbar: {0}"),
    "Caption": ("Didascalia", "Beschreibung"),
    "Caption copied: paste it into the app you post with.": (
        "Didascalia copiata: incollala nell'app con cui pubblichi.",
        "Beschreibung kopiert: füge sie in der App ein, mit der du postest."),
    "Choose a file…": ("Scegli un file…", "Datei wählen…"),
    "Choose at least one platform.": ("Scegli almeno una piattaforma.",
                                      "Wähle mindestens eine Plattform."),
    "Choose…": ("Scegli…", "Wählen…"),
    "Click where the music should start": ("Clicca dove deve partire la musica",
                                           "Klicke, wo die Musik beginnen soll"),
    "Continue a draft": ("Riprendi una bozza", "Entwurf fortsetzen"),
    "Copy caption": ("Copia didascalia", "Beschreibung kopieren"),
    "Could not measure: {0}": ("Misura non riuscita: {0}", "Messung fehlgeschlagen: {0}"),
    "Could not save the kit: {0}": ("Impossibile salvare il kit: {0}",
                                    "Das Paket ließ sich nicht speichern: {0}"),
    "Countdown": ("Conto alla rovescia", "Countdown"),
    "Cover frame": ("Fotogramma di copertina", "Titelbild"),
    "Crossumer Studio": ("Crossumer Studio", "Crossumer Studio"),
    "Delete last segment": ("Elimina l'ultimo segmento", "Letzten Abschnitt löschen"),
    "Double-click a template to fill it with your clips and words.": (
        "Fai doppio clic su un modello per riempirlo con le tue clip e le tue parole.",
        "Doppelklicke auf eine Vorlage, um sie mit deinen Clips und Worten zu füllen."),
    "Drop a clip or photo here": ("Trascina qui una clip o una foto",
                                  "Clip oder Foto hierher ziehen"),
    "Drop a photo here": ("Trascina qui una foto", "Foto hierher ziehen"),
    "No font on this computer has {0}: they show as empty boxes in “{1}”": (
        "Nessun font di questo computer ha {0}: appaiono come riquadri vuoti in “{1}”",
        "Keine Schrift auf diesem Computer hat {0}: sie erscheinen als leere Kästchen in „{1}“"),
    "Drop a clip here": ("Trascina qui una clip", "Clip hierher ziehen"),
    "{0}: its sound is damaged at {1} of the file, so the video is without it at {2}. Copy the "
    "file again.": (
        "{0}: il suono è danneggiato a {1} del file, quindi il video ne è privo a {2}. Copia di "
        "nuovo il file.",
        "{0}: der Ton ist bei {1} der Datei beschädigt, dem Video fehlt er daher bei {2}. "
        "Kopiere die Datei noch einmal."),
    "{0}: its sound is damaged near {1} s of the file, {2} s into the video: it skips there and "
    "what follows plays early. Copy the file again.": (
        "{0}: il suono è danneggiato verso {1} s del file, a {2} s nel video: lì salta e quel che "
        "segue arriva in anticipo. Copia di nuovo il file.",
        "{0}: der Ton ist bei etwa {1} s der Datei beschädigt, {2} s im Video: dort springt er, "
        "und was folgt, kommt zu früh. Kopiere die Datei noch einmal."),
    "{0} is {1} s long and starts at {2} s: the video has no music.": (
        "{0} dura {1} s e parte da {2} s: il video non ha musica.",
        "{0} ist {1} s lang und beginnt bei {2} s: das Video hat keine Musik."),
    "{0} ends {1} s into the {2} s video: the rest has no music.": (
        "{0} finisce dopo {1} s, il video dura {2} s: il resto è senza musica.",
        "{0} endet nach {1} s, das Video dauert {2} s: der Rest hat keine Musik."),
    "{0}: its sound is damaged: it skips and what follows plays early. Copy the file again.": (
        "{0}: il suono è danneggiato: salta e quel che segue arriva in anticipo. Copia di nuovo "
        "il file.",
        "{0}: der Ton ist beschädigt: er springt, und was folgt, kommt zu früh. Kopiere die "
        "Datei noch einmal."),
    "{0} ends after {1} s of the {2} s it should last: the file is cut short. Copy it again.": (
        "{0} finisce dopo {1} s dei {2} s che dovrebbe durare: il file è troncato. Copialo di "
        "nuovo.",
        "{0} endet nach {1} s der {2} s, die es dauern sollte: die Datei ist abgeschnitten. "
        "Kopiere sie noch einmal."),
    "The file is cut short: it ends after {0} of the {1} s it should last.": (
        "Il file è troncato: finisce dopo {0} dei {1} s che dovrebbe durare.",
        "Die Datei ist abgeschnitten: sie endet nach {0} der {1} s, die sie dauern sollte."),
    "Its sound is damaged near {0} s of the file and skips there.": (
        "Il suono è danneggiato verso {0} s del file e lì salta.",
        "Der Ton ist bei etwa {0} s der Datei beschädigt und springt dort."),
    "Its sound is damaged and skips.": ("Il suono è danneggiato e salta.",
                                        "Der Ton ist beschädigt und springt."),
    "Its sound is damaged at {0} of the file.": ("Il suono è danneggiato a {0} del file.",
                                                 "Der Ton ist bei {0} der Datei beschädigt."),
    "Its last picture stays still for the last {0} s: the clip plays {1} of the {2} s.": (
        "La sua ultima immagine resta ferma per gli ultimi {0} s: la clip dura {1} dei {2} s.",
        "Das letzte Bild steht die letzten {0} s still: der Clip läuft {1} der {2} s."),
    "{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other "
    "{4} s. Choose a longer clip or start it earlier.": (
        "{0} dura {1} s dei {2} s in cui “{3}” è sullo schermo: la sua ultima immagine resta "
        "ferma per gli altri {4} s. Scegli una clip più lunga o falla partire prima.",
        "{0} läuft {1} s der {2} s, die „{3}“ zu sehen ist: das letzte Bild steht die übrigen "
        "{4} s still. Wähle einen längeren Clip oder lass ihn früher beginnen."),
    "{0} plays {1} s of the {2} s “{3}” is on screen: its last picture stays still for the other "
    "{4} s. Choose a longer clip.": (
        "{0} dura {1} s dei {2} s in cui “{3}” è sullo schermo: la sua ultima immagine resta "
        "ferma per gli altri {4} s. Scegli una clip più lunga.",
        "{0} läuft {1} s der {2} s, die „{3}“ zu sehen ist: das letzte Bild steht die übrigen "
        "{4} s still. Wähle einen längeren Clip."),
    "“{0}” takes a photo; {1} is a clip": ("“{0}” vuole una foto; {1} è una clip",
                                            "„{0}“ braucht ein Foto; {1} ist ein Clip"),
    "“{0}” takes a clip; {1} is a photo": ("“{0}” vuole una clip; {1} è una foto",
                                            "„{0}“ braucht einen Clip; {1} ist ein Foto"),
    "Edit": ("Modifica", "Bearbeiten"),
    "Effect": ("Effetto", "Effekt"),
    "Empty: drop a file or choose one": ("Vuoto: trascina un file o scegline uno",
                                         "Leer: Datei hierher ziehen oder wählen"),
    "End of track": ("Fine del brano", "Ende des Titels"),
    "Export a video or finish a take first.": (
        "Prima esporta un video o completa una ripresa.",
        "Exportiere zuerst ein Video oder schließe eine Aufnahme ab."),
    "Export cancelled; nothing was saved.": ("Esportazione annullata: non è stato salvato nulla.",
                                             "Export abgebrochen, nichts wurde gespeichert."),
    "Export failed: {0}": ("Esportazione non riuscita: {0}", "Export fehlgeschlagen: {0}"),
    "Export video": ("Esporta video", "Video exportieren"),
    "Exporting…": ("Esportazione…", "Wird exportiert…"),
    "Exporting… {0}% {1}": ("Esportazione… {0}% {1}", "Wird exportiert… {0} % {1}"),
    "Fill": ("Riempi", "Füllen"),
    "Fill, follow the face": ("Riempi, segui il volto", "Füllen, dem Gesicht folgen"),
    "Fit, blurred sides": ("Adatta, lati sfocati", "Einpassen, unscharfe Ränder"),
    "Fix": ("Rimedio", "Lösung"),
    "Frame": ("Inquadratura", "Bildausschnitt"),
    "Freeze frame": ("Fermo immagine", "Standbild"),
    "Ghost of the last segment": ("Fantasma dell'ultimo segmento", "Geist des letzten Abschnitts"),
    "Hold to record (Space)": ("Tieni premuto per registrare (Spazio)",
                               "Zum Aufnehmen gedrückt halten (Leertaste)"),
    "Home": ("Home", "Start"),
    "Import a clip instead…": ("Importa invece una clip…", "Stattdessen einen Clip importieren…"),
    "Just record": ("Registra e basta", "Einfach aufnehmen"),
    "Language": ("Lingua", "Sprache"),
    "Latency": ("Latenza", "Latenz"),
    "Length": ("Durata", "Länge"),
    "Listening…": ("In ascolto…", "Hört zu…"),
    "Measure microphone latency": ("Misura la latenza del microfono",
                                   "Mikrofon-Latenz messen"),
    "Microphone": ("Microfono", "Mikrofon"),
    "Movies/Crossumer Studio": ("Filmati/Crossumer Studio", "Filme/Crossumer Studio"),
    "Music": ("Musica", "Musik"),
    "Next": ("Avanti", "Weiter"),
    "No camera found. Import a clip instead, or pick the test pattern in the camera list.": (
        "Nessuna fotocamera trovata. Importa una clip, oppure scegli l'immagine di prova "
        "nell'elenco delle fotocamere.",
        "Keine Kamera gefunden. Importiere einen Clip oder wähle das Testbild in der "
        "Kameraliste."),
    "No filter": ("Nessun filtro", "Kein Filter"),
    "No microphone": ("Nessun microfono", "Kein Mikrofon"),
    "No music": ("Senza musica", "Ohne Musik"),
    "None": ("Nessuno", "Keiner"),
    "Normal": ("Normale", "Normal"),
    "Off": ("No", "Aus"),
    "Open folder": ("Apri cartella", "Ordner öffnen"),
    "Pause": ("Pausa", "Pause"),
    "Pick a template": ("Scegli un modello", "Wähle eine Vorlage"),
    "Pick a template on Home to start": ("Scegli un modello in Home per iniziare",
                                         "Wähle zum Start eine Vorlage unter Start"),
    "Play": ("Riproduci", "Abspielen"),
    "Plays clicks and listens for them: keep the room quiet": (
        "Riproduce dei clic e li riascolta: fai silenzio nella stanza",
        "Spielt Klicks ab und hört sie wieder: bitte Ruhe im Raum"),
    "Post": ("Pubblica", "Posten"),
    "Post to": ("Pubblica su", "Posten auf"),
    "Prepare for": ("Prepara per", "Vorbereiten für"),
    "Putting your take together…": ("Sto montando la tua ripresa…",
                                    "Deine Aufnahme wird zusammengesetzt…"),
    "Ready to post": ("Pronto da pubblicare", "Bereit zum Posten"),
    "Record": ("Registra", "Aufnehmen"),
    "Record to music without a template: a plain lip-sync video": (
        "Registra sulla musica senza modello: un semplice video in playback",
        "Zur Musik aufnehmen, ohne Vorlage: ein einfaches Lip-Sync-Video"),
    "Reverse": ("Al contrario", "Rückwärts"),
    "Round trip {0:.0f} ms (the device reports {1:.0f} ms); voice recordings are shifted "
    "by the difference.": (
        "Andata e ritorno {0:.0f} ms (il dispositivo dichiara {1:.0f} ms); le registrazioni "
        "della voce vengono spostate della differenza.",
        "Hin und zurück {0:.0f} ms (das Gerät meldet {1:.0f} ms); Sprachaufnahmen werden um "
        "die Differenz verschoben."),
    "Save posting kit": ("Salva il kit per la pubblicazione", "Post-Paket speichern"),
    "Save videos in": ("Salva i video in", "Videos speichern in"),
    "Saved in {0}": ("Salvato in {0}", "Gespeichert in {0}"),
    "Saved {0}": ("Salvato {0}", "Gespeichert: {0}"),
    "Saving the posting kit…": ("Salvataggio del kit…", "Post-Paket wird gespeichert…"),
    "Say what it's about… #hashtags and @mentions work": (
        "Racconta di cosa parla… #hashtag e @menzioni funzionano",
        "Worum geht es? #Hashtags und @Erwähnungen funktionieren"),
    "Search by name or tag": ("Cerca per nome o tag", "Nach Name oder Tag suchen"),
    "Seconds into the slot where the picture stops": (
        "Secondi dall'inizio dello spazio in cui l'immagine si ferma",
        "Sekunden ab Beginn des Platzes, an denen das Bild stehen bleibt"),
    "Settings": ("Impostazioni", "Einstellungen"),
    "Show what the app's buttons cover": ("Mostra cosa coprono i pulsanti dell'app",
                                          "Zeigen, was die Knöpfe der App verdecken"),
    "Speed": ("Velocità", "Tempo"),
    "Speed {0}x (template)": ("Velocità {0}x (modello)", "Tempo {0}x (Vorlage)"),
    "Start at": ("Inizia a", "Beginn bei"),
    "Stop": ("Ferma", "Stopp"),
    "Stop at": ("Ferma a", "Stopp bei"),
    "Stop by itself at this point of the track": ("Si ferma da solo in questo punto del brano",
                                                  "Hält an dieser Stelle des Titels von selbst an"),
    "Suggested hashtags (click to add)": ("Hashtag suggeriti (clicca per aggiungere)",
                                          "Vorgeschlagene Hashtags (zum Hinzufügen klicken)"),
    "Take ready.": ("Ripresa pronta.", "Aufnahme fertig."),
    "Stopped putting the take together; it stays in your recent takes.": (
        "Montaggio della ripresa interrotto: resta tra le riprese recenti.",
        "Zusammensetzen der Aufnahme abgebrochen; sie bleibt in deinen letzten Aufnahmen."),
    "Checking your clips…": ("Controllo delle tue clip…", "Deine Clips werden geprüft…"),
    "Tap to start and stop": ("Tocca per avviare e fermare", "Tippen zum Starten und Stoppen"),
    "Tap to start, tap to stop (Space)": ("Tocca per avviare, tocca per fermare (Spazio)",
                                          "Tippen zum Starten, tippen zum Stoppen (Leertaste)"),
    "Template's look ({0})": ("Stile del modello ({0})", "Look der Vorlage ({0})"),
    "Test pattern": ("Immagine di prova", "Testbild"),
    "Text on the cover (optional)": ("Testo sulla copertina (facoltativo)",
                                     "Text auf dem Titelbild (optional)"),
    "The frame the cover shows": ("Il fotogramma mostrato in copertina",
                                  "Das Bild, das das Titelbild zeigt"),
    "Title (YouTube Shorts shows one)": ("Titolo (YouTube Shorts lo mostra)",
                                         "Titel (YouTube Shorts zeigt einen)"),
    "Where in the clip this slot starts": ("Da dove parte la clip in questo spazio",
                                           "Wo im Clip dieser Platz beginnt"),
    "Your music": ("La tua musica", "Deine Musik"),
    "Your own file…": ("Un tuo file…", "Eigene Datei…"),
    "about {0} s left": ("mancano circa {0} s", "noch etwa {0} s"),
    "at ": ("a ", "bei "),
    "none": ("nessuno", "keiner"),
    "{0} (template)": ("{0} (modello)", "{0} (Vorlage)"),
    "{0} min": ("{0} min", "{0} Min."),
    "{0} s": ("{0} s", "{0} s"),
    "{0}: {1}/{2} characters, {3}/{4} hashtags": ("{0}: {1}/{2} caratteri, {3}/{4} hashtag",
                                                  "{0}: {1}/{2} Zeichen, {3}/{4} Hashtags"),
    "✓ Nothing to fix.": ("✓ Niente da sistemare.", "✓ Nichts zu beheben."),
    "Takes recorded before, kept on disk even if the studio closed while recording": (
        "Riprese registrate in precedenza, conservate anche se lo studio si è chiuso durante "
        "la registrazione",
        "Früher aufgenommene Takes, auch erhalten, wenn das Studio beim Aufnehmen beendet wurde"),
    "Use this take": ("Usa questa ripresa", "Diese Aufnahme verwenden"),
    "Earlier takes": ("Riprese precedenti", "Frühere Aufnahmen"),
    "{0} · {1:.1f} s": ("{0} · {1:.1f} s", "{0} · {1:.1f} s"),
    "(recovered)": ("(recuperata)", "(wiederhergestellt)"),
    "Quality": ("Qualità", "Qualität"),
    "Mirror the recording too": ("Specchia anche la registrazione", "Auch die Aufnahme spiegeln"),
    "The preview is always mirrored, like a mirror; the video is not, unless you tick this": (
        "L'anteprima è sempre specchiata, come uno specchio; il video no, a meno che tu non "
        "spunti questa casella",
        "Die Vorschau ist immer gespiegelt wie ein Spiegel; das Video nicht, außer du kreuzt "
        "dies an"),
    "The first camera found": ("La prima fotocamera trovata", "Die erste gefundene Kamera"),
    # the project model's seams (Record, Edit, Post, the window)
    "Cannot export yet: {0}": ("Non si può ancora esportare: {0}",
                               "Export noch nicht möglich: {0}"),
    "Posting {0}": ("Pubblichi {0}", "Du postest {0}"),
    "Caption copied without its last {0} hashtags: {1} takes at most {2}.": (
        "Didascalia copiata senza gli ultimi {0} hashtag: {1} ne accetta al massimo {2}.",
        "Beschreibung ohne die letzten {0} Hashtags kopiert: {1} erlaubt höchstens {2}."),
    "This template keeps its own song: your take will play over it, not over the music you "
    "record to.": (
        "Questo modello tiene la sua canzone: la ripresa andrà su quella, non sulla musica su "
        "cui registri.",
        "Diese Vorlage behält ihren eigenen Song: deine Aufnahme läuft dazu, nicht zu der Musik, "
        "zu der du aufnimmst."),
    "Released during the countdown: nothing recorded. Hold the button until the countdown ends.": (
        "Rilasciato durante il conto alla rovescia: nulla registrato. Tieni premuto il pulsante "
        "fino alla fine del conto.",
        "Während des Countdowns losgelassen: nichts aufgenommen. Halte die Taste, bis der "
        "Countdown endet."),
    "● Recording {0} s": ("● Registrazione {0} s", "● Aufnahme {0} s"),
    "The computer was busy: the music skipped a little and the camera missed {0} frames.": (
        "Il computer era occupato: la musica ha saltato un poco e la fotocamera ha perso {0} "
        "fotogrammi.",
        "Der Computer war ausgelastet: Die Musik ist kurz gesprungen und die Kamera hat {0} "
        "Bilder verpasst."),
    "The computer was busy: the music skipped a little.": (
        "Il computer era occupato: la musica ha saltato un poco.",
        "Der Computer war ausgelastet: Die Musik ist kurz gesprungen."),
    "The computer was busy: the camera missed {0} frames.": (
        "Il computer era occupato: la fotocamera ha perso {0} fotogrammi.",
        "Der Computer war ausgelastet: Die Kamera hat {0} Bilder verpasst."),
    "Your take still matches the song. Closing other apps helps.": (
        "La ripresa resta a tempo con la canzone. Chiudere le altre app aiuta.",
        "Deine Aufnahme bleibt im Takt mit dem Song. Andere Apps zu schließen hilft."),
    "Where does the take go?": ("Dove va la ripresa?", "Wohin mit der Aufnahme?"),
    "Every slot of this template has a clip. Replace one with the take, or post the take on its "
    "own?": (
        "Ogni spazio del modello ha già una clip. Ne sostituisci una con la ripresa o pubblichi "
        "la ripresa da sola?",
        "Jeder Platz dieser Vorlage hat schon einen Clip. Einen durch die Aufnahme ersetzen oder "
        "die Aufnahme allein posten?"),
    "Replace {0}": ("Sostituisci {0}", "{0} ersetzen"),
    "Post it alone": ("Pubblicala da sola", "Allein posten"),
    "{0}: cannot be read": ("{0}: non si può leggere", "{0}: nicht lesbar"),
    "no text yet": ("ancora nessun testo", "noch kein Text"),
    "{0} clip(s)": ("{0} clip", "{0} Clip(s)"),
    "Add a clip or photo to “{0}”": ("Aggiungi una clip o una foto a “{0}”",
                                     "Füge „{0}“ einen Clip oder ein Foto hinzu"),
    "Fill in “{0}”": ("Compila “{0}”", "Fülle „{0}“ aus"),
    "“{0}” is {1} characters; the most is {2}": ("“{0}” ha {1} caratteri; al massimo {2}",
                                                 "„{0}“ hat {1} Zeichen; höchstens {2}"),
    # filters and their parameters (studio/ui/filter_titles.py)
    "Adjust": ("Regola", "Anpassen"),
    "Cool": ("Freddo", "Kühl"),
    "Dreamy": ("Sognante", "Verträumt"),
    "Face sticker": ("Adesivo sul viso", "Gesichtssticker"),
    "Faded film": ("Pellicola sbiadita", "Verblasster Film"),
    "Film grain": ("Grana della pellicola", "Filmkorn"),
    "Green screen": ("Green screen", "Greenscreen"),
    "High contrast": ("Contrasto alto", "Hoher Kontrast"),
    "LUT file": ("File LUT", "LUT-Datei"),
    "Mono": ("Bianco e nero", "Schwarzweiß"),
    "Noir": ("Noir", "Noir"),
    "Sharpen": ("Nitidezza", "Schärfen"),
    "Smooth skin": ("Pelle liscia", "Glatte Haut"),
    "Sunset": ("Tramonto", "Sonnenuntergang"),
    "Teal & orange": ("Ottanio e arancio", "Petrol & Orange"),
    "Vignette": ("Vignettatura", "Vignette"),
    "Vintage": ("Vintage", "Vintage"),
    "Vivid": ("Vivace", "Lebendig"),
    "Warm": ("Caldo", "Warm"),
    "Amount": ("Quantità", "Menge"),
    "Background": ("Sfondo", "Hintergrund"),
    "Brightness": ("Luminosità", "Helligkeit"),
    "Contrast": ("Contrasto", "Kontrast"),
    "Edge softness": ("Morbidezza dei bordi", "Kantenweichheit"),
    "Background starts at": ("Lo sfondo parte da", "Hintergrund beginnt bei"),
    "Saturation": ("Saturazione", "Sättigung"),
    "Screen colour": ("Colore dello sfondo", "Hintergrundfarbe"),
    "Size": ("Dimensione", "Größe"),
    "Smoothness": ("Levigatura", "Glätte"),
    "Spill removal": ("Rimozione riflessi", "Farbsaum entfernen"),
    "Sticker": ("Adesivo", "Sticker"),
    "Strength": ("Intensità", "Stärke"),
    "Temperature": ("Temperatura", "Temperatur"),
    "Tint": ("Tinta", "Tönung"),
    "Tolerance": ("Tolleranza", "Toleranz"),
    # remove-background: the filter, and the record page's background
    "Remove background": ("Rimuovi sfondo", "Hintergrund entfernen"),
    "Threshold": ("Soglia", "Schwelle"),
    "Smoothing": ("Stabilizzazione", "Glättung"),
    "Your room": ("La tua stanza", "Dein Zimmer"),
    "A picture or clip…": ("Un'immagine o una clip…", "Ein Bild oder Clip…"),
    "Stand in front of a picture or clip of your choice: your room is cut away": (
        "Mettiti davanti a un'immagine o a una clip a tua scelta: la tua stanza sparisce",
        "Stell dich vor ein Bild oder einen Clip deiner Wahl: dein Zimmer wird ausgeschnitten"),
    "A picture or clip behind you": ("Un'immagine o una clip alle tue spalle",
                                     "Ein Bild oder Clip hinter dir"),
    "Your room is cut away: you stand in front of {0}.": (
        "La tua stanza sparisce: sei davanti a {0}.",
        "Dein Zimmer ist ausgeschnitten: du stehst vor {0}."),
    "Cannot remove the background: {0}": ("Impossibile rimuovere lo sfondo: {0}",
                                          "Hintergrund kann nicht entfernt werden: {0}"),
    # the editor's timeline and preview
    "Timeline": ("Timeline", "Zeitleiste"),
    "Click to jump there; drag a clip's pictures to choose the part that plays (Shift: no "
    "snapping to beats)": (
        "Clicca per andare lì; trascina le immagini di una clip per scegliere la parte che si "
        "vede (Maiusc: senza agganciarsi ai battiti)",
        "Klicke, um dorthin zu springen; ziehe die Bilder eines Clips, um den gezeigten Teil zu "
        "wählen (Umschalt: ohne Einrasten auf Beats)"),
    "starts at {0} s": ("parte da {0} s", "beginnt bei {0} s"),
    "Preparing preview {0}%": ("Preparo l'anteprima {0}%", "Vorschau wird vorbereitet {0} %"),
    "The timeline appears when a template is open": (
        "La timeline appare quando è aperto un modello",
        "Die Zeitleiste erscheint, sobald eine Vorlage geöffnet ist"),
    "Snap to beats": ("Aggancia ai battiti", "Auf Beats einrasten"),
    "Dragging a clip moves it by whole beats (hold Shift to move it freely)": (
        "Trascinando una clip la sposti di battiti interi (tieni premuto Maiusc per spostarla "
        "liberamente)",
        "Ein gezogener Clip bewegt sich um ganze Beats (Umschalt halten, um ihn frei zu "
        "bewegen)"),
    "Preview": ("Anteprima", "Vorschau"),
    "Position in the video": ("Posizione nel video", "Position im Video"),
    "The clip you are duetting, in time with the music": (
        "La clip con cui fai il duetto, a tempo con la musica",
        "Der Clip, mit dem du das Duett machst, im Takt der Musik"),
    # auto captions
    "Captions": ("Sottotitoli", "Untertitel"),
    "Auto captions": ("Sottotitoli automatici", "Automatische Untertitel"),
    "Make captions": ("Crea sottotitoli", "Untertitel erstellen"),
    "Transcribes the clips' voices on this computer": (
        "Trascrive le voci delle clip su questo computer",
        "Schreibt die Stimmen der Clips auf diesem Computer mit"),
    "The template's look": ("Lo stile del modello", "Der Stil der Vorlage"),
    "Word by word": ("Parola per parola", "Wort für Wort"),
    "Karaoke": ("Karaoke", "Karaoke"),
    "Boxed lines": ("Righe su riquadro", "Zeilen im Kasten"),
    "Bold outline": ("Contorno marcato", "Fette Kontur"),
    "Click to correct; right-click to split or join lines": (
        "Clicca per correggere; clic destro per dividere o unire le righe",
        "Klicken zum Korrigieren; Rechtsklick zum Teilen oder Verbinden von Zeilen"),
    "Correct this word…": ("Correggi questa parola…", "Dieses Wort korrigieren…"),
    "Start a new line here": ("Inizia una nuova riga qui", "Hier eine neue Zeile beginnen"),
    "Join with the next line": ("Unisci alla riga seguente", "Mit der nächsten Zeile verbinden"),
    "Stopped; nothing was changed": ("Interrotto: non è cambiato nulla",
                                     "Angehalten, nichts wurde geändert"),
    "Fetching the speech model (once): {0}%": (
        "Scaricamento del modello vocale (una volta sola): {0}%",
        "Sprachmodell wird geladen (nur einmal): {0} %"),
    "Transcribing: {0}%": ("Trascrizione: {0}%", "Mitschrift: {0} %"),
    "No clip with a voice": ("Nessuna clip con una voce", "Kein Clip mit Stimme"),
    "{0} words; click one to correct it": ("{0} parole; clicca su una per correggerla",
                                           "{0} Wörter; klicke eines an, um es zu korrigieren"),
    "Correct a word": ("Correggi una parola", "Wort korrigieren"),
    "Word": ("Parola", "Wort"),
    "English only": ("Solo inglese", "Nur Englisch"),
    "English, Italian, German": ("Inglese, italiano, tedesco", "Englisch, Italienisch, Deutsch"),
    "Fetched once, the first time you make captions": (
        "Scaricato una volta, la prima volta che crei i sottotitoli",
        "Wird einmal geladen, wenn du zum ersten Mal Untertitel erstellst"),
    "Or a model folder on this computer": ("Oppure una cartella del modello su questo computer",
                                           "Oder ein Modellordner auf diesem Computer"),
    "Captions model": ("Modello per i sottotitoli", "Modell für Untertitel"),
    "Show in the video": ("Mostra nel video", "Im Video zeigen"),
    # one model under every page: whose caption, undo steps, words from data files
    "Custom": ("Personalizzata", "Benutzerdefiniert"),
    "Undo": ("Annulla", "Rückgängig"),
    "Redo": ("Ripeti", "Wiederholen"),
    "Undo: {0}": ("Annulla: {0}", "Rückgängig: {0}"),
    "Redo: {0}": ("Ripeti: {0}", "Wiederholen: {0}"),
    "Use the template's caption": ("Usa la didascalia del modello",
                                   "Beschreibung der Vorlage verwenden"),
    "Your own caption: the blanks no longer change it.": (
        "La tua didascalia: i campi non la cambiano più.",
        "Deine eigene Beschreibung: Die Lücken ändern sie nicht mehr."),
    "Title": ("Titolo", "Titel"),
    "You changed the video on Edit since this export: export again to post what you see there.": (
        "Hai cambiato il video in Modifica dopo questa esportazione: esportalo di nuovo per "
        "pubblicare ciò che vedi lì.",
        "Du hast das Video seit diesem Export unter Bearbeiten geändert: Exportiere es erneut, "
        "um zu posten, was du dort siehst."),
    "Export again (Ctrl+E)": ("Esporta di nuovo (Ctrl+E)", "Erneut exportieren (Strg+E)"),
    "Videos are saved in {0}": ("I video vengono salvati in {0}",
                                "Videos werden in {0} gespeichert"),
    "The template's caption: it follows your blanks until you edit it.": (
        "La didascalia del modello: segue i tuoi campi finché non la modifichi.",
        "Die Beschreibung der Vorlage: Sie folgt deinen Lücken, bis du sie bearbeitest."),
    "background behind you": ("sfondo dietro di te", "Hintergrund hinter dir"),
    "Opening the camera…": ("Apertura della fotocamera…", "Kamera wird geöffnet…"),
    "bright": ("solare", "fröhlich"),
    "energetic": ("energica", "energiegeladen"),
    "moody": ("malinconica", "melancholisch"),
    "camera look": ("look della fotocamera", "Kamera-Look"),
    "caption": ("didascalia", "Beschreibung"),
    "clip in {0}": ("clip in {0}", "Clip in {0}"),
    "countdown": ("conto alla rovescia", "Countdown"),
    "cover": ("copertina", "Titelbild"),
    "emptying {0}": ("svuotare {0}", "{0} leeren"),
    "export settings": ("impostazioni di esportazione", "Exporteinstellungen"),
    "ghost": ("fantasma", "Geist"),
    "length": ("durata", "Länge"),
    "look of {0}": ("look di {0}", "Look von {0}"),
    "mirror": ("specchio", "Spiegeln"),
    "music": ("musica", "Musik"),
    "music to record to": ("musica per registrare", "Musik zum Aufnehmen"),
    "platforms": ("piattaforme", "Plattformen"),
    "recording speed": ("velocità di registrazione", "Aufnahmetempo"),
    "stop at": ("ferma a", "Stopp bei"),
    "trim or timing of {0}": ("taglio o tempi di {0}", "Schnitt oder Timing von {0}"),
    "typing in {0}": ("digitazione in {0}", "Tippen in {0}"),
    "typing the title": ("digitazione del titolo", "Tippen des Titels"),
    "adding a text": ("aggiunta di un testo", "Text hinzufügen"),
    "adding a sticker": ("aggiunta di uno sticker", "Sticker hinzufügen"),
    "deleting a text": ("eliminazione di un testo", "Text löschen"),
    "deleting a sticker": ("eliminazione di uno sticker", "Sticker löschen"),
    "moving a text": ("spostamento di un testo", "Text verschieben"),
    "moving a sticker": ("spostamento di uno sticker", "Sticker verschieben"),
    "size of a text": ("dimensione di un testo", "Größe eines Texts"),
    "size of a sticker": ("dimensione di uno sticker", "Größe eines Stickers"),
    "turning a text": ("rotazione di un testo", "Text drehen"),
    "turning a sticker": ("rotazione di uno sticker", "Sticker drehen"),
    "timing of a text": ("tempi di un testo", "Timing eines Texts"),
    "timing of a sticker": ("tempi di uno sticker", "Timing eines Stickers"),
    "style of a text": ("stile di un testo", "Stil eines Texts"),
    "style of a sticker": ("stile di uno sticker", "Stil eines Stickers"),
    "typing in a text": ("digitazione in un testo", "Tippen in einem Text"),
    "captions": ("sottotitoli", "Untertitel"),
    "look of the captions": ("stile dei sottotitoli", "Stil der Untertitel"),
    "showing the captions": ("sottotitoli mostrati o nascosti", "Untertitel zeigen oder verbergen"),
    "a word of the captions": ("una parola dei sottotitoli", "ein Wort der Untertitel"),
    "splitting a caption line": ("divisione di una riga dei sottotitoli",
                                 "Untertitelzeile teilen"),
    "joining caption lines": ("unione di righe dei sottotitoli", "Untertitelzeilen verbinden"),
    "where the music starts": ("dove parte la musica", "wo die Musik beginnt"),
    "{0} · {1} s": ("{0} · {1} s", "{0} · {1} s"),
    "{0}: {1}/{2} characters, {3}": ("{0}: {1}/{2} caratteri, {3}", "{0}: {1}/{2} Zeichen, {3}"),
}
LANGUAGES = {"it": 0, "de": 1}

# Counted texts (`tr(text, "", n)`): English source -> the (one, many) forms in English, Italian
# and German. English has a catalogue of its own for these alone, so "1 hashtag" is singular.
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "{0}/%n hashtags": (("{0}/%n hashtag", "{0}/%n hashtags"),
                        ("{0}/%n hashtag", "{0}/%n hashtag"),
                        ("{0}/%n Hashtag", "{0}/%n Hashtags")),
    "Caption copied without its last %n hashtag(s): {0} takes at most {1}.": (
        ("Caption copied without its last hashtag: {0} takes at most {1}.",
         "Caption copied without its last %n hashtags: {0} takes at most {1}."),
        ("Didascalia copiata senza l'ultimo hashtag: {0} ne accetta al massimo {1}.",
         "Didascalia copiata senza gli ultimi %n hashtag: {0} ne accetta al massimo {1}."),
        ("Beschreibung ohne das letzte Hashtag kopiert: {0} erlaubt höchstens {1}.",
         "Beschreibung ohne die letzten %n Hashtags kopiert: {0} erlaubt höchstens {1}.")),
    "%n clip(s)": (("%n clip", "%n clips"), ("%n clip", "%n clip"), ("%n Clip", "%n Clips")),
}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_texts import CANVAS_TEXTS  # noqa: E402
from finding_catalogue import FINDING_TEXTS  # noqa: E402
from workbench_texts import WORKBENCH_TEXTS  # noqa: E402

TEXTS.update(WORKBENCH_TEXTS)
TEXTS.update(FINDING_TEXTS)
TEXTS.update(CANVAS_TEXTS)


def _counted(translation: ET.Element, forms: tuple[str, str]) -> None:
    """Fill a counted message's forms (one, many)."""
    for child in list(translation):
        translation.remove(child)
    translation.text = None  # a message lupdate saw uncounted may bring its text back
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.attrib.pop("type", None)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "studio" / "ui").rglob("*.py"))
    here = Path(__file__).resolve().parent
    missing: set[str] = set()
    for code, column in {"en": -1, **LANGUAGES}.items():
        ts = here / f"studio_{code}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                       check=True, capture_output=True)  # fmt: skip
        tree = ET.parse(ts)
        tree.getroot().set("language", code)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in PLURALS:  # lupdate marks `tr(..., n)` counted, not `translate(..., n)`
                message.set("numerus", "yes")
                _counted(translation, PLURALS[source][column + 1])
            elif code == "en":
                continue  # English needs only its counted forms
            elif source in TEXTS:
                translation.text = TEXTS[source][column]
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = ROOT / "resources" / "translations" / f"studio_{code}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)  # fmt: skip
        print(qm.relative_to(ROOT))
    for source in sorted(missing):
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
