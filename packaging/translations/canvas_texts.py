"""Italian and German for the timeline's lanes and the creator's own words and stickers."""

from __future__ import annotations

CANVAS_TEXTS: dict[str, tuple[str, str]] = {
    # the timeline's lane names (studio/ui/widgets/timeline.py)
    "Music": ("Musica", "Musik"),
    "Clips": ("Clip", "Clips"),
    "Texts": ("Testi", "Texte"),
    "Shapes": ("Forme", "Formen"),
    "Stickers": ("Sticker", "Sticker"),
    "Yours": ("I tuoi", "Deine"),
    # the panel of own words and stickers (studio/ui/widgets/overlay_panel.py, ui/own_items.py)
    "<b>Your words and stickers</b>": (
        "<b>Le tue scritte e i tuoi sticker</b>",
        "<b>Deine Texte und Sticker</b>",
    ),
    "Drag them on the preview; handles scale and turn them": (
        "Trascinali sull'anteprima; le maniglie li ingrandiscono e li ruotano",
        "Zieh sie in der Vorschau; die Griffe skalieren und drehen sie",
    ),
    "Add text": ("Aggiungi testo", "Text hinzufügen"),
    "Add sticker": ("Aggiungi sticker", "Sticker hinzufügen"),
    "From a file…": ("Da un file…", "Aus einer Datei…"),
    "Choose a sticker": ("Scegli uno sticker", "Wähle einen Sticker"),
    "Your words": ("Le tue parole", "Deine Worte"),
    "Words": ("Parole", "Worte"),
    "Delete": ("Elimina", "Löschen"),
    "Style": ("Stile", "Stil"),
    "Style…": ("Stile…", "Stil…"),
    "Classic": ("Classico", "Klassisch"),
    "Label": ("Etichetta", "Etikett"),
    "Highlight": ("Evidenziato", "Markiert"),
    "Clean": ("Pulito", "Schlicht"),
    "Font": ("Carattere", "Schrift"),
    "Outline or box": ("Contorno o riquadro", "Kontur oder Kasten"),
    "Outline": ("Contorno", "Kontur"),
    "Box": ("Riquadro", "Kasten"),
    "Plain": ("Semplice", "Ohne"),
    "Colour": ("Colore", "Farbe"),
    "Colour of the words": ("Colore delle parole", "Farbe der Worte"),
    "Heart": ("Cuore", "Herz"),
    "Star": ("Stella", "Stern"),
    "Play button": ("Tasto play", "Play-Taste"),
    "Click to jump there; drag a clip's pictures to choose the part that plays (Shift: no "
    "snapping to beats); drag your own texts and stickers, or their ends, to choose when they "
    "show": (
        "Clicca per andare lì; trascina le immagini di una clip per scegliere la parte che si "
        "vede (Maiusc: senza agganciarsi ai battiti); trascina i tuoi testi e sticker, o i loro "
        "estremi, per scegliere quando si vedono",
        "Klicke, um dorthin zu springen; zieh die Bilder eines Clips, um den Teil zu wählen, der "
        "läuft (Umschalt: ohne Einrasten auf Beats); zieh deine Texte und Sticker oder ihre "
        "Enden, um zu wählen, wann sie zu sehen sind",
    ),
}
