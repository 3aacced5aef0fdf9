package rules

import (
	"fmt"
	"sort"

	"github.com/yuin/goldmark/ast"

	"github.com/postlint/postlint/internal/markdown"
	"github.com/postlint/postlint/internal/prose"
	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/source"
)

// DuplicateSentence reports a sentence that repeats another sentence of
// the post, or a long run of its words.
var DuplicateSentence = &rule.Rule{
	Name:     "duplicate-sentence",
	Severity: rule.Info,
	Options:  func() any { return &duplicateSentenceOptions{MinWords: 10} },
	Run:      runDuplicateSentence,
	Doc: `sentences must not repeat another sentence of the post

A sentence that appears twice, or two sentences that share a long run
of words, are usually left over from editing: a paragraph was rewritten
and the old version kept, or a phrase was pasted into a second place.
Readers notice the echo even when the author no longer does.

A sentence is reported when it repeats an earlier sentence, ignoring
case and punctuation, or when it shares a run of ` + "`min-words`" + ` or more
consecutive words with an earlier sentence; numbers and versions do not
count as words. The finding is placed on the shared words of the later
sentence and names the line of the earlier one; a paragraph that
repeats another in full is reported once.

Only the running text of paragraphs is compared: headings, lists,
tables, block quotes, footnotes and code are left alone, since parallel
list items and quoted text repeat on purpose. So does text written to
restate other text, which is not compared either: sections under
headings of the same level (one per release or per API), two sections
with the same heading, the two sides of a thematic break (an update set
apart from the original post), and sentences that follow each other
with the same opening ("The 18.x line is affected. The 20.x line is
affected.").

Bad:

` + "```markdown" + `
Serverless lets developers focus on building their applications without
worrying about the details of the underlying infrastructure.

In short, it allows developers to focus on building their applications
without worrying about the details of the underlying infrastructure.
` + "```" + `

Good:

` + "```markdown" + `
Serverless lets developers focus on building their applications without
worrying about the details of the underlying infrastructure.

In short, the cloud provider runs the servers, and you run the code.
` + "```" + `

Options:

- ` + "`min-words`" + ` (default 10): the length of a shared run of words that
  makes two sentences duplicates. A sentence shorter than that is
  reported only when it repeats another sentence in full and has at
  least 5 words.`,
}

type duplicateSentenceOptions struct {
	MinWords int `yaml:"min-words"`
}

func (o *duplicateSentenceOptions) Prepare() error {
	if o.MinWords < 2 {
		return fmt.Errorf("min-words must be at least 2, not %d", o.MinWords)
	}
	return nil
}

// dupMinRepeatWords is the fewest words a sentence shorter than
// min-words needs for repeating another sentence in full to count:
// "Why?" or "Let's log in JSON." twice is a refrain, not a leftover.
const dupMinRepeatWords = 5

// dupMaxPlaces bounds how many earlier places of one run of words are
// remembered, so that a post that repeats a phrase many times does not
// make the comparison quadratic.
const dupMaxPlaces = 8

// dupPlace is where a run of words starts: a sentence and a token index.
type dupPlace struct {
	sentence, token int32
}

// dupRun is the run of tokens from start to start+n of a sentence that
// it shares with sentence other, holding words words; whole means the
// sentences are equal.
type dupRun struct {
	other, start, n, words int
	whole                  bool
}

// dupPost holds the sentences of one post and what it needs to compare
// them.
type dupPost struct {
	pass      *rule.Pass
	k         int
	blocks    []prose.Block
	headings  []dupHeading
	breaks    []int // where the top-level thematic breaks start
	sentences []dupSentence
	paras     []int // first sentence of each paragraph
	*dupScratch
}

// dupHeading is a top-level heading: where it starts, its level, and a
// hash of its words without numbers.
type dupHeading struct {
	start, level int
	key          uint64
}

func runDuplicateSentence(pass *rule.Pass) error {
	p := pass.Post
	d := &dupPost{
		pass:   pass,
		k:      pass.Options.(*duplicateSentenceOptions).MinWords,
		blocks: p.Prose(),
	}
	d.dupScratch = dupScratchPool.Get().(*dupScratch)
	defer dupScratchPool.Put(d.dupScratch)
	d.runs.reset()
	d.wholes.reset()
	d.tokens = d.tokens[:0]
	for n := p.Body.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			start, _ := markdown.Span(n, p.BodySource)
			d.headings = append(d.headings, dupHeading{start, n.Level, headingKey(markdown.PlainText(n, p.BodySource))})
		case *ast.ThematicBreak:
			start, _ := markdown.Span(n, p.BodySource)
			d.breaks = append(d.breaks, start)
		}
	}
	for i, b := range d.blocks {
		if !isRunningText(b) {
			continue
		}
		section := sort.Search(len(d.headings), func(h int) bool { return d.headings[h].start > b.Start }) - 1
		part := sort.SearchInts(d.breaks, b.Start)
		found := make([]dupRun, 0, 4)
		first := len(d.sentences)
		d.paras = append(d.paras, first)
		for k, s := range b.Sentences() {
			sentence := d.newSentence(i, s.Start, s.End)
			sentence.section, sentence.part = section, part
			sentence.para, sentence.index, sentence.group = len(d.paras)-1, k, len(d.sentences)
			d.sentences = append(d.sentences, sentence)
			found = append(found, d.compare(len(d.sentences)-1))
		}
		d.report(i, first, found)
	}
	return nil
}

// compare finds what sentence j repeats of the sentences before it, then
// adds it to the index.
func (d *dupPost) compare(j int) dupRun {
	s := &d.sentences[j]
	best := dupRun{}
	for i := range d.wholes.all(s.whole) {
		i := int(i)
		if s.words >= min(d.k, dupMinRepeatWords) && d.comparable(i, j) && sameTokens(d.sentences[i].tokens, s.tokens) {
			best = dupRun{other: i, n: len(s.tokens), words: s.words, whole: true}
			break
		}
	}
	if !best.whole {
		best = d.longestSharedRun(j)
	}
	if s.words > 0 {
		d.wholes.add(s.whole, int32(j))
	}
	for t := 0; t+d.k <= len(s.tokens); t++ {
		d.runs.add(shingle(s.tokens[t:t+d.k]), dupPlace{int32(j), int32(t)})
	}
	return best
}

// comparable reports whether sentence j may repeat the earlier sentence
// i. Text that restates other text on purpose may not:
//
//   - sections under headings of the same level are parallel: one per
//     release, per API, per vulnerability;
//   - two sections with the same heading, numbers aside, restate each
//     other ("## Update root certificates", later "### Update root
//     certificates");
//   - a thematic break sets apart an update, an appendix or the original
//     post, which repeat the text on the other side of it.
func (d *dupPost) comparable(i, j int) bool {
	si, sj := &d.sentences[i], &d.sentences[j]
	if si.part != sj.part {
		return false
	}
	a, b := si.section, sj.section
	if a == b || a < 0 || b < 0 {
		return true
	}
	ha, hb := &d.headings[a], &d.headings[b]
	return ha.level != hb.level && ha.key != hb.key
}

// parallel reports whether the run at token t of sentence j and at token
// q of the earlier sentence i is parallel wording, as in "The 18.x line
// is vulnerable. The 20.x line is vulnerable.": the run starts at the
// same word of both sentences, and j follows i in its paragraph, or holds
// its place in the next paragraph, or so follows a sentence parallel to
// i. A sentence parallel to i joins i's group.
func (d *dupPost) parallel(i, j, t, q int) bool {
	si, sj := &d.sentences[i], &d.sentences[j]
	if t != q {
		return false
	}
	for _, k := range d.neighbours(j) {
		if k == i || d.sentences[k].group == si.group {
			sj.group = si.group
			return true
		}
	}
	return false
}

// neighbours returns the sentences that sentence j would be parallel to:
// the one before it in its paragraph and the one in its place in the
// paragraph before.
func (d *dupPost) neighbours(j int) []int {
	s := &d.sentences[j]
	n := make([]int, 0, 2)
	if s.index > 0 {
		n = append(n, j-1)
	}
	if s.para > 0 {
		if k := d.paras[s.para-1] + s.index; k < d.paras[s.para] {
			n = append(n, k)
		}
	}
	return n
}

// longestSharedRun returns the longest run of at least k words that
// sentence j shares with an earlier sentence, found through the index of
// the earlier sentences' runs of k tokens.
func (d *dupPost) longestSharedRun(j int) dupRun {
	s := d.sentences[j].tokens
	best := dupRun{}
	for t := 0; t+d.k <= len(s); t++ {
		for place := range d.runs.all(shingle(s[t : t+d.k])) {
			if !d.comparable(int(place.sentence), j) {
				continue
			}
			o := d.sentences[place.sentence].tokens
			q := int(place.token)
			if t > 0 && q > 0 && s[t-1].key == o[q-1].key {
				continue // the run starts earlier and was measured there
			}
			n, words := 0, 0
			for t+n < len(s) && q+n < len(o) && s[t+n].key == o[q+n].key {
				if s[t+n].word {
					words++
				}
				n++
			}
			if words >= d.k && words > best.words && !d.parallel(int(place.sentence), j, t, q) {
				best = dupRun{other: int(place.sentence), start: t, n: n, words: words}
			}
		}
	}
	return best
}

// report reports what the sentences of block b, from sentence first on,
// repeat. A paragraph of several sentences that repeats another in full
// is reported once.
func (d *dupPost) report(b, first int, found []dupRun) {
	p := d.pass.Post
	if other, ok := d.repeatedParagraph(first, found); ok {
		block := &d.blocks[b]
		d.pass.Reportf(p.BodySpan(source.Span{Start: block.Start, End: block.End}),
			"paragraph repeats the paragraph on line %d: %q", d.line(other, 0),
			d.quote(first, dupRun{n: len(d.sentences[first].tokens)}))
		return
	}
	for i, run := range found {
		if run.words == 0 {
			continue
		}
		j := first + i
		s := &d.sentences[j]
		block := &d.blocks[s.block]
		start, end := block.Span(s.tokens[run.start].start, s.tokens[run.start+run.n-1].end)
		span := p.BodySpan(source.Span{Start: start, End: end})
		line := d.line(d.sentences[run.other].block, d.sentences[run.other].start)
		if run.whole {
			d.pass.Reportf(span, "sentence repeats the sentence on line %d: %q", line, d.quote(j, run))
		} else {
			d.pass.Reportf(span, "sentence shares %d words with the sentence on line %d: %q", run.words, line, d.quote(j, run))
		}
	}
}

// repeatedParagraph reports whether the sentences found, two or more,
// repeat in order every sentence of one earlier block, and returns it.
func (d *dupPost) repeatedParagraph(first int, found []dupRun) (block int, ok bool) {
	if len(found) < 2 {
		return 0, false
	}
	other := d.sentences[found[0].other].block
	for i, run := range found {
		if !run.whole || run.other != found[0].other+i || d.sentences[run.other].block != other {
			return 0, false
		}
	}
	last := found[len(found)-1].other
	if last+1 < len(d.sentences) && last+1 < first && d.sentences[last+1].block == other {
		return 0, false // the earlier paragraph goes on
	}
	if found[0].other > 0 && d.sentences[found[0].other-1].block == other {
		return 0, false // the earlier paragraph starts before
	}
	return other, true
}

// line returns the line of text offset i of block b.
func (d *dupPost) line(b, i int) int {
	p := d.pass.Post
	start, _ := d.blocks[b].Span(i, i)
	return p.Lines.Position(p.BodyOffset + start).Line
}
