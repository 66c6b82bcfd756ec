package extract

import (
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// leadBlocks is how many blocks at the top of the body post looks at for a
// repeated headline or a standfirst.
const leadBlocks = 3

// Word limits of the boilerplate rules: page chrome is short, article
// paragraphs are not, so a rule only ever drops a short block.
const (
	maxCreditWords   = 20 // a photo credit line
	maxPromptWords   = 25 // a newsletter, subscription or comment prompt
	maxRelatedHead   = 8  // a "Related articles" heading
	maxRelatedItem   = 15 // a linked headline listed under it
	maxRelatedInline = 20 // "Read also: <headline>" on one line
	maxChromeWords   = 25 // a copyright, share, category or update line
	maxDatelineWords = 6  // a dateline or update stamp
	maxDatelineRest  = 3  // words beside the date in a dateline
	maxCaptionWords  = 30 // a caption ending in a photo credit
)

// The boilerplate rules are multilingual (the pages are) and name no site.
// Go's \b is ASCII-only, so word ends are spelled out as endWord.
const endWord = `(?:[^\p{L}\p{N}]|$)`

var (
	// creditRe matches photo credits and captions' source lines:
	// "Foto: ...", "Photo © ...", "(Credit: ...)", "Bildquelle: ...".
	creditRe = regexp.MustCompile(`(?i)^\(?\s*(?:foto|fotos|bild|bilder|titelbild|beitragsbild|headerbild|photo|photos|photograph|credit|credits|crédits?(?: photos?)?|image|images|picture|quelle|bildquelle|fotoquelle|source|fuente|foto\s?credit)s?\s*(?::|©)`)
	// promptRe matches calls to subscribe, sign up or comment. It and
	// chromeRe run on lower-cased text: (?i) makes them several times slower.
	promptRe = regexp.MustCompile(`newsletter|sign up|subscribe|abonnier|abonnez|suscrib|zapisz się|kommentare? (?:schreiben|verfassen)|view comments|keine kommentare|leave a (?:comment|reply)|post a comment|be part of the conversation|share your thoughts|kommentieren zu können|eingeloggt sein|support (?:our|us|independent)|unterstütze` + endWord + `|(?:unsere arbeit|unseren journalismus)(?: zu)? unterstützen|unterstützen sie uns|hazte miembro|download (?:the|our) app|apps? (?:for|on) (?:ios|android)|pour (?:lire la suite|accéder)|letter to the editor|nuestro canal|canal de (?:telegram|youtube|whatsapp)|jetzt (?:kostenlos )?registrieren|registrieren sie sich`)
	// relatedRe matches the start of a "related content" heading or link.
	relatedRe = regexp.MustCompile(`(?i)^(auch interessant|(?:das|dies) könnte (?:dich|sie|euch) auch interessieren|(?:das|diese) (?:thema|themen|artikel)` + endWord + `.*interessieren|weitere (?:themen|artikel|beiträge|nachrichten|news|tourentipps|tipps)|mehr zum thema|mehr (?:zu|aus) (?:diesem|dem)|empfohlene (?:beiträge|artikel)|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel|themen)|lesen sie (?:auch|hier|mehr)|schon gelesen|das könnte sie auch|à lire aussi|lire aussi|a lire aussi|sur le même sujet|le puede interesar|te puede interesar|noticias relacionadas|related (?:articles|posts|stories|content|coverage)|read more|more from|more on this|you may also like|you might also like|recommended(?: for you| reading| articles| stories)?|see also|siehe auch|also read|read also|más noticias|leggi anche|neueste (?:artikel|beiträge|kommentare|nachrichten)|meistgelesen|meist gelesen|meist-(?:gelesen|diskutiert)|mehr kolumnen|entdecke weitere|lust auf mehr|contenido relacionado|(?:artículos|notas|noticias) relacionad[ao]s|te recomendamos|lo más (?:leído|visto)|más leídas|más sobre|articles similaires|dans la même rubrique|most (?:read|popular|viewed)|trending now|popular (?:posts|stories|articles)|leia também|veja também|\d+ (?:antworten|kommentare|comments|responses|replies|commentaires|comentarios)|kommentare|comments|commentaires|comentarios|über (?:den|die) autor(?:in)?|zum autor|zur autorin|about the author|à propos de l'auteur|sobre el autor|pressekontakt|medienkontakt|media contact|press contact|kontakt|ansprechpartner(?:in)?|czytaj (?:też|także|również)|zobacz (?:też|także))` + endWord)
	// readAlsoRe matches a "Read also:" label that introduces a linked
	// headline: the colon is required, since the verbs alone start prose.
	readAlsoRe = regexp.MustCompile(`(?i)^(?:lea|lee|léase|vea|mira|leia|veja|lire|read|lesen sie|auch lesen|zum weiterlesen|weiterlesen|mehr lesen|mehr themen|mehr dazu|czytaj|zobacz)(?: (?:también|tambien|más|mas|también|além|aussi|also|more|auch|mehr|też|także))?\s*:`)
	// chromeRe matches page chrome lines: copyright and rights notices,
	// share and follow bars, category and tag labels, update stamps.
	chromeRe = regexp.MustCompile(`^(?:©|\(c\)\s*\d|copyright` + endWord + `)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|^(?:teilen|share|partager|compartir|condividi|udostępnij)(?: (?:this|dies|diesen artikel|mit|on|sur|en))?\s*:|^(?:folg(?:e|t|en sie) uns|follow us|s[ií]guenos|suivez-nous|seguici)` + endWord + `|^(?:veröffentlicht von|zeige alle beiträge von|alle beiträge von|view all posts by|posted by|publié par|publicado por)` + endWord + `|^(?:anzeige|werbung|advertisement|publicidad|publicité)\s*$|^(?:kategorien?|categor(?:y|ies|ía|ías|ie|ies)|tags?|schlagw(?:ö|o)rte?|schlagwörter|themen|temas|release date|aktualisiert am|zuletzt aktualisiert|letzte änderung|last (?:modified|updated))\s*:`)
	// commentsRe matches the heading of a reader-comments section:
	// "Kommentare", "5 Comments", "Kommentare (3)", "12 Antworten zu ...".
	commentsRe = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:leser)?(?:kommentare?|comments?|commentaires?|comentarios?|commenti|komentarze|antworten|responses|replies|reacties|leserbriefe|lesermeinungen)(?:\s*\(\d+\))?(?:\s*[:.]?\s*$|\s+(?:zu|on|sur|a|para|zum|zur)` + endWord + `)`)
	// datelineRe finds a calendar date: 23.10.2018, 2018-10-23, 23. Oktober
	// 2018, October 23, 2018, 23 de octubre de 2018.
	datelineRe = regexp.MustCompile(`(?i)(?:\d{1,2}[./]\s?\d{1,2}[./]\s?(?:(?:1[89]|20)\d{2}|\d{2})|(?:1[89]|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?(?:1[89]|20)\d{2}|\p{L}{3,10}\.?\s+\d{1,2},?\s+(?:1[89]|20)\d{2})(?:[^\p{N}]|$)`)
	// updatedRe matches an update stamp with or without a colon.
	updatedRe = regexp.MustCompile(`(?i)^(?:aktualisiert|zuletzt aktualisiert|letzte (?:änderung|aktualisierung)|stand|last (?:modified|updated)|updated|mis à jour|actualizado)` + endWord)
	// creditTailRe matches a photo credit closing a caption:
	// "... (Foto: Agentur)", "... © Agentur / Fotograf".
	creditTailRe = regexp.MustCompile(`(?i)(?:\((?:foto|fotos|photo|bild|imagen|image|crédito|credit|quelle|source)s?\s*:[^)]*\)|©\s*[^.©]{2,60})\.?\s*$`)
	// inlineSepRe is what follows an inline "Read also" label.
	inlineSepRe = regexp.MustCompile(`^\s*[:»›>|–-]`)
)

// post applies storyline's own rules to go-trafilatura's blocks. It fills
// a.Subtitle and a.Removed and returns the blocks to keep. Every rule is
// general (no site is named); each was kept because it raised the dev
// benchmark (extraction-trafilatura) without lowering the test one.
func (e *extractor) post(a *core.Article, blocks []block, description string) []block {
	titleKey := key(a.Title)
	descKey := key(description)
	drop := func(b block, reason string) {
		a.Removed = append(a.Removed, core.Removal{Text: b.text, Reason: reason})
	}
	out := blocks[:0:0]
	inRelated := false
	for i, b := range blocks {
		n := len(strings.Fields(b.text))
		if 2*i >= len(blocks) && n <= maxRelatedHead && commentsRe.MatchString(b.text) {
			// A reader-comments heading in the second half of the body:
			// what follows is readers' text, whatever its length.
			for _, c := range blocks[i:] {
				drop(c, core.ReasonDebris)
			}
			break
		}
		if inRelated && n <= maxRelatedItem {
			drop(b, core.ReasonDebris)
			continue
		}
		inRelated = false
		switch {
		case i < leadBlocks && titleKey != "" && key(b.text) == titleKey:
			// The headline repeated as the first heading of the body.
			drop(b, core.ReasonRepeatedHeader)
			continue
		case i < leadBlocks && a.Subtitle == "" && descKey != "" && isHeading(b.tag) && key(b.text) == descKey:
			// A standfirst: a heading that is the page's own summary.
			a.Subtitle = b.text
			continue
		case n <= maxCreditWords && creditRe.MatchString(b.text):
			drop(b, core.ReasonCaption)
			continue
		case i < leadBlocks && n <= maxDatelineWords && isDateline(b.text):
			// A dateline: the date is in Published.
			drop(b, core.ReasonTimestamp)
			continue
		case n <= maxDatelineWords && updatedRe.MatchString(b.text) && datelineRe.MatchString(b.text):
			drop(b, core.ReasonTimestamp)
			continue
		case n <= maxCaptionWords && creditTailRe.MatchString(b.text):
			drop(b, core.ReasonCaption)
			continue
		case n <= maxPromptWords && promptRe.MatchString(strings.ToLower(b.text)):
			drop(b, core.ReasonDebris)
			continue
		case n <= maxRelatedInline && readAlsoRe.MatchString(b.text):
			drop(b, core.ReasonDebris)
			continue
		case n <= maxChromeWords && chromeRe.MatchString(strings.ToLower(b.text)):
			drop(b, core.ReasonDebris)
			continue
		}
		if n > maxRelatedInline {
			out = append(out, b)
			continue
		}
		if loc := relatedRe.FindStringSubmatchIndex(b.text); loc != nil {
			switch {
			case n <= maxRelatedHead:
				// A related-content heading: it and the short linked
				// headlines under it go.
				inRelated = true
				drop(b, core.ReasonDebris)
				continue
			case n <= maxRelatedInline && inlineSepRe.MatchString(b.text[loc[3]:]):
				drop(b, core.ReasonDebris)
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// isDateline reports whether s is a date with at most a few words around
// it (a weekday, a time, a place, a byline).
func isDateline(s string) bool {
	loc := datelineRe.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := 0
	for _, w := range strings.Fields(s[:loc[0]] + " " + s[loc[1]:]) {
		if strings.IndexFunc(w, isWordRune) >= 0 {
			rest++
		}
	}
	return rest <= maxDatelineRest
}

// key normalises text for comparisons: lower case, letters and digits only,
// single spaces.
func key(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(r)
		} else {
			space = true
		}
	}
	return sb.String()
}
