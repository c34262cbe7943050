"""Italian and German texts of the preflight findings (studio/ui/finding_texts.py) and the
other figures the core hands the window (kept apart from catalogue.py's own list)."""

from __future__ import annotations

# English source -> (Italian, German)
FINDING_TEXTS: dict[str, tuple[str, str]] = {
    " and ": (" e ", " und "),
    "top": ("in alto", "oben"),
    "bottom": ("in basso", "unten"),
    "left": ("a sinistra", "links"),
    "right": ("a destra", "rechts"),
    "{0} {1}: {2}. Fix: {3}": ("{0} {1}: {2}. Rimedio: {3}", "{0} {1}: {2}. Lösung: {3}"),
    "Test camera": ("Fotocamera di prova", "Testkamera"),
    "{0} / {1} s": ("{0} / {1} s", "{0} / {1} s"),
    "it is {0} s long; {1} takes at most {2} s and would cut or refuse it": (
        "dura {0} s; {1} accetta al massimo {2} s e lo taglierebbe o rifiuterebbe",
        "es ist {0} s lang; {1} nimmt höchstens {2} s und würde es kürzen oder ablehnen"),
    "post a {0} s cut (the posting kit makes one)": (
        "pubblica un taglio di {0} s (il kit di pubblicazione lo prepara)",
        "poste eine {0}-s-Fassung (das Posting-Paket erstellt eine)"),
    "it is {0} s long; {1} needs at least {2} s": (
        "dura {0} s; {1} richiede almeno {2} s",
        "es ist {0} s lang; {1} braucht mindestens {2} s"),
    "make the video longer": ("allunga il video", "mach das Video länger"),
    "{0} fps is outside the {1}-{2} fps that {3} takes": (
        "{0} fps è fuori dai {1}-{2} fps accettati da {3}",
        "{0} fps liegt außerhalb der {1}–{2} fps, die {3} nimmt"),
    "export at {0} fps": ("esporta a {0} fps", "exportiere mit {0} fps"),
    "{0}x{1} is not the shape of {2}x{3}; {4} adds bars or crops": (
        "{0}x{1} non ha la forma di {2}x{3}; {4} aggiunge bande o ritaglia",
        "{0}x{1} hat nicht die Form von {2}x{3}; {4} fügt Balken hinzu oder schneidet zu"),
    "export at {0}x{1}": ("esporta a {0}x{1}", "exportiere in {0}x{1}"),
    "{0}x{1} is below {2}x{3}; it will look soft": (
        "{0}x{1} è sotto {2}x{3}; sembrerà sfocato",
        "{0}x{1} liegt unter {2}x{3}; es wird unscharf wirken"),
    "{0} does not take {1} files": ("{0} non accetta file {1}", "{0} nimmt keine {1}-Dateien"),
    "export as {0}": ("esporta come {0}", "exportiere als {0}"),
    "{0} does not take {1} video": ("{0} non accetta video {1}", "{0} nimmt kein {1}-Video"),
    "re-encode as {0}": ("ricodifica in {0}", "neu kodieren als {0}"),
    "the video has no sound; the platforms rank silent videos lower": (
        "il video non ha audio; le piattaforme penalizzano i video muti",
        "das Video hat keinen Ton; die Plattformen stufen stumme Videos niedriger ein"),
    "add a soundtrack": ("aggiungi una colonna sonora", "füge einen Soundtrack hinzu"),
    "{0} audio at {1} Hz is not what {2} takes": (
        "l'audio {0} a {1} Hz non è accettato da {2}",
        "{0}-Ton mit {1} Hz nimmt {2} nicht"),
    "re-encode the sound as AAC at {0} kHz": (
        "ricodifica l'audio in AAC a {0} kHz", "kodiere den Ton neu als AAC mit {0} kHz"),
    "the file's index is at the end, so uploads and previews start slowly "
    "(Reels may refuse it)": (
        "l'indice del file è alla fine, quindi caricamenti e anteprime partono lenti "
        "(Reels potrebbe rifiutarlo)",
        "der Index der Datei steht am Ende, daher starten Uploads und Vorschauen langsam "
        "(Reels lehnt sie eventuell ab)"),
    "move the index to the front (faststart)": (
        "sposta l'indice all'inizio (faststart)", "verschiebe den Index an den Anfang (faststart)"),
    "the caption is {0} characters; {1} allows {2}": (
        "la didascalia ha {0} caratteri; {1} ne consente {2}",
        "die Beschreibung hat {0} Zeichen; {1} erlaubt {2}"),
    "shorten it by {0}": ("accorciala di {0}", "kürze sie um {0}"),
    "{0} hashtags; {1} uses at most {2}": (
        "{0} hashtag; {1} ne usa al massimo {2}", "{0} Hashtags; {1} nutzt höchstens {2}"),
    "keep your best {0} (the kit keeps the first {0})": (
        "tieni i tuoi {0} migliori (il kit tiene i primi {0})",
        "behalte deine besten {0} (das Paket behält die ersten {0})"),
    "{0} shows a title and none is set": (
        "{0} mostra un titolo e non ne è impostato nessuno",
        "{0} zeigt einen Titel und es ist keiner gesetzt"),
    "add a title": ("aggiungi un titolo", "füge einen Titel hinzu"),
    "the title is {0} characters; {1} allows {2}": (
        "il titolo ha {0} caratteri; {1} ne consente {2}",
        "der Titel hat {0} Zeichen; {1} erlaubt {2}"),
    "shorten it to {0}": ("accorcialo a {0}", "kürze ihn auf {0}"),
    "the text “{0}” reaches under the buttons of {1} at the {2}": (
        "il testo «{0}» finisce sotto i pulsanti di {1} {2}",
        "der Text „{0}“ reicht {2} unter die Knöpfe von {1}"),
    "move it toward the centre or shorten it": (
        "spostalo verso il centro o accorcialo",
        "schiebe ihn zur Mitte oder kürze ihn"),
    "your “{0}” sits under the buttons of {1} at the {2}": (
        "il tuo «{0}» sta sotto i pulsanti di {1} {2}",
        "dein „{0}“ liegt {2} unter den Knöpfen von {1}"),
    "move it inside the safe zone (on the preview it snaps to its edges)": (
        "spostalo dentro la zona sicura (nell’anteprima si aggancia ai suoi bordi)",
        "schieb es in den sicheren Bereich (in der Vorschau rastet es an seinen Rändern ein)"),
    # the crash dialog (studio/ui/crash_report.py and friends)
    "(no log file could be written)": ("(non è stato possibile scrivere il file di log)",
                                       "(es ließ sich keine Protokolldatei schreiben)"),
    "Crossumer Studio ran into a problem": ("Crossumer Studio ha incontrato un problema",
                                            "Crossumer Studio ist auf ein Problem gestoßen"),
    "Details are in the log file:\n%1": ("I dettagli sono nel file di log:\n%1",
                                         "Details stehen in der Protokolldatei:\n%1"),
    "Something went wrong. Your drafts are saved after every edit.": (
        "Qualcosa è andato storto. Le tue bozze vengono salvate dopo ogni modifica.",
        "Etwas ist schiefgelaufen. Deine Entwürfe werden nach jeder Änderung gespeichert."),
}
