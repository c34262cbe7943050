"""Italian and German texts of the gallery, packages and the template preview window
(kept apart from catalogue.py's own list so each can change without touching the other)."""

from __future__ import annotations

# English source -> (Italian, German)
WORKBENCH_TEXTS: dict[str, tuple[str, str]] = {
    "Beats (ticks) and slot cuts (labels); click to jump there": (
        "Battiti (tacche) e tagli tra gli slot (etichette); clicca per saltare lì",
        "Beats (Striche) und Schnitte zwischen Slots (Beschriftungen); klicken, um dorthin "
        "zu springen"),
    "Bundled with the studio": ("Incluso nello studio", "Im Studio enthalten"),
    "Cannot load the template; showing the last good version:": (
        "Impossibile caricare il modello; mostro l'ultima versione valida:",
        "Die Vorlage lässt sich nicht laden; gezeigt wird die letzte gute Fassung:"),
    "Cannot load\nthis template": ("Impossibile caricare\nquesto modello",
                                   "Vorlage kann nicht\ngeladen werden"),
    "Crossumer templates (*.crossumer)": ("Modelli Crossumer (*.crossumer)",
                                          "Crossumer-Vorlagen (*.crossumer)"),
    "Double-click a template to fill it with your clips and words. Point at one to see it move. "
    "Drop a .crossumer file on the window to install it.": (
        "Fai doppio clic su un modello per riempirlo con le tue clip e le tue parole. "
        "Passaci sopra per vederlo muoversi. Trascina un file .crossumer sulla finestra "
        "per installarlo.",
        "Doppelklicke auf eine Vorlage, um sie mit deinen Clips und Worten zu füllen. "
        "Zeige darauf, um sie in Bewegung zu sehen. Zieh eine .crossumer-Datei auf das "
        "Fenster, um sie zu installieren."),
    "Import template": ("Importa modello", "Vorlage importieren"),
    "Import template…": ("Importa modello…", "Vorlage importieren…"),
    "Install a .crossumer template package": ("Installa un pacchetto di modello .crossumer",
                                              "Ein .crossumer-Vorlagenpaket installieren"),
    "Install template": ("Installa modello", "Vorlage installieren"),
    "Install {0}?": ("Installare {0}?", "{0} installieren?"),
    "Installed {0} {1}.": ("{0} {1} installato.", "{0} {1} installiert."),
    "Installed · version {0}": ("Installato · versione {0}", "Installiert · Version {0}"),
    "Keep the draft": ("Tieni la bozza", "Entwurf behalten"),
    "Lint": ("Controllo", "Prüfung"),
    "Lint finds nothing to fix.": ("Il controllo non trova nulla da correggere.",
                                   "Die Prüfung findet nichts zu beheben."),
    "Not installed: {0}": ("Non installato: {0}", "Nicht installiert: {0}"),
    "Not installed: {0}: {1}": ("Non installato: {0}: {1}", "Nicht installiert: {0}: {1}"),
    "Not removed: {0}": ("Non rimosso: {0}", "Nicht entfernt: {0}"),
    "Pause": ("Pausa", "Pause"),
    "Pick a template for your draft.": ("Scegli un modello per la tua bozza.",
                                        "Wähle eine Vorlage für deinen Entwurf."),
    "Pick another template": ("Scegli un altro modello", "Andere Vorlage wählen"),
    "Pick another template for your clips and words, or keep the draft as it is (install the "
    "template again to continue it).": (
        "Scegli un altro modello per le tue clip e le tue parole, oppure tieni la bozza così com'è "
        "(reinstalla il modello per continuarla).",
        "Wähle eine andere Vorlage für deine Clips und Worte oder behalte den Entwurf, wie er ist "
        "(installiere die Vorlage erneut, um ihn fortzusetzen)."),
    "Remove": ("Rimuovi", "Entfernen"),
    "Remove template": ("Rimuovi modello", "Vorlage entfernen"),
    "Remove {0} from this computer?": ("Rimuovere {0} da questo computer?",
                                       "{0} von diesem Computer entfernen?"),
    "Removed {0}.": ("{0} rimosso.", "{0} entfernt."),
    "Safe zones:": ("Zone sicure:", "Sichere Bereiche:"),
    "Save any file of the template to redraw this frame.": (
        "Salva un file qualsiasi del modello per ridisegnare questo fotogramma.",
        "Speichere eine beliebige Datei der Vorlage, um dieses Bild neu zu zeichnen."),
    "Template not found": ("Modello non trovato", "Vorlage nicht gefunden"),
    "Template preview: {0}": ("Anteprima del modello: {0}", "Vorlagenvorschau: {0}"),
    "The template '{0}' of this draft is no longer installed.": (
        "Il modello '{0}' di questa bozza non è più installato.",
        "Die Vorlage '{0}' dieses Entwurfs ist nicht mehr installiert."),
    "Update template": ("Aggiorna modello", "Vorlage aktualisieren"),
    "Update {0} from version {1} to {2}?": ("Aggiornare {0} dalla versione {1} alla {2}?",
                                            "{0} von Version {1} auf {2} aktualisieren?"),
    "Watching {0}": ("Osservo {0}", "Beobachte {0}"),
    "template not found": ("modello non trovato", "Vorlage nicht gefunden"),
    "unknown problem": ("problema sconosciuto", "unbekanntes Problem"),
    "{0} problem(s) in {1}": ("{0} problema/i in {1}", "{0} Problem(e) in {1}"),
    "{0} {1} is already installed (this file has {2}).": (
        "{0} {1} è già installato (questo file ha la {2}).",
        "{0} {1} ist bereits installiert (diese Datei hat {2})."),
}  # fmt: skip
