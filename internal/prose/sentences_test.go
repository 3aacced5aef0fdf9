package prose

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

const obj = string(Placeholder)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"only space", "  \t ", nil},
		{"no final period", "Hello world", []string{"Hello world"}},
		{"trailing text without period", "First one. And then no period", []string{"First one.", "And then no period"}},
		{"two", "One. Two.", []string{"One.", "Two."}},
		{"multiple spaces", "One.   Two.  Three.", []string{"One.", "Two.", "Three."}},
		{"surrounding space", "  Leading and trailing.  ", []string{"Leading and trailing."}},
		{"newline is space", "Done.\nNext one.", []string{"Done.", "Next one."}},
		{"version opens a sentence", "A bug was found in v3.0.1 today. v3.0.2 fixes it.", []string{"A bug was found in v3.0.1 today.", "v3.0.2 fixes it."}},
		{"domain opens a sentence", "It is fast. nuxt.com uses it.", []string{"It is fast.", "nuxt.com uses it."}},
		{"lowercase word continues", "It costs 5 approx. and more.", []string{"It costs 5 approx. and more."}},
		{"hard line break", "First line\nsecond line. Third.", []string{"First line", "second line.", "Third."}},
		{"no space after period", "Stop.Then go.", []string{"Stop.Then go."}},
		{"quote", `He said "Stop." Then he left.`, []string{`He said "Stop."`, "Then he left."}},
		{"curly quote", "Use “smart quotes.” Then go.", []string{"Use “smart quotes.”", "Then go."}},
		{"single quote", "He said 'yes.' Then he left.", []string{"He said 'yes.'", "Then he left."}},
		{"quoted sentences", `"Quoted." "Another."`, []string{`"Quoted."`, `"Another."`}},
		{"parentheses", "(See the docs.) Next.", []string{"(See the docs.)", "Next."}},
		{"brackets", "Hello (world). Next [one]. Last.", []string{"Hello (world).", "Next [one].", "Last."}},
		{"exclamation", "Wow! It works.", []string{"Wow!", "It works."}},
		{"question", "Is it? Yes.", []string{"Is it?", "Yes."}},
		{"interrobang run", "Really?! No way.", []string{"Really?!", "No way."}},
		{"exclamation run", "Done!!! Next.", []string{"Done!!!", "Next."}},
		{"question in quote, lower case", "'Why?' she asked.", []string{"'Why?' she asked."}},
		{"exclamation in quote, lower case", `"Stop!" he shouted.`, []string{`"Stop!" he shouted.`}},
		{"ellipsis then capital", "Wait... What happened?", []string{"Wait...", "What happened?"}},
		{"ellipsis rune then capital", "Wait… What happened?", []string{"Wait…", "What happened?"}},
		{"ellipsis then lower case", "and so... we waited.", []string{"and so... we waited."}},
		{"ellipsis rune then lower case", "and so… we waited.", []string{"and so… we waited."}},
		{"placeholder starts sentence", "Run " + obj + ". Then " + obj + " starts.", []string{"Run " + obj + ".", "Then " + obj + " starts."}},
		{"placeholder after period", "Call it. " + obj + " returns nil.", []string{"Call it.", obj + " returns nil."}},
		{"placeholder before question", "Is it " + obj + "? " + obj + " is.", []string{"Is it " + obj + "?", obj + " is."}},
		{"CJK full stop", "这是第一句。这是第二句。", []string{"这是第一句。", "这是第二句。"}},
		{"CJK full stop then latin", "第一句。second part", []string{"第一句。", "second part"}},
		{"CJK full stop and quote", "他说「好。」然后走了。", []string{"他说「好。」", "然后走了。"}},
		{"non-ASCII capital", "Ça va. Élan vital.", []string{"Ça va.", "Élan vital."}},
		{"colon and semicolon", "Note: this works; That does not.", []string{"Note: this works; That does not."}},
		{"U.S. before a name", "The U.S. Army is large.", []string{"The U.S. Army is large."}},
		{"U.S. then opener", "He lived in the U.S. In 2020 he moved.", []string{"He lived in the U.S.", "In 2020 he moved."}},
		{"title", "I met Dr. Smith.", []string{"I met Dr. Smith."}},
		{"titles", "Mr. and Mrs. Smith came. Prof. Jones too.", []string{"Mr. and Mrs. Smith came.", "Prof. Jones too."}},
		{"price", "It costs $3.50. That is cheap.", []string{"It costs $3.50.", "That is cheap."}},
		{"version then period", "Version 1.2. Released today.", []string{"Version 1.2.", "Released today."}},
		{"version inside", "Install v1.2.3 now. It is fast.", []string{"Install v1.2.3 now.", "It is fast."}},
		{"decimal", "Pi is 3.14 or so.", []string{"Pi is 3.14 or so."}},
		{"dotted name", "Node.js is fast. Deno is too.", []string{"Node.js is fast.", "Deno is too."}},
		{"domain", "Visit example.com today. Or not.", []string{"Visit example.com today.", "Or not."}},
		{"figure", "See Fig. 3 for details.", []string{"See Fig. 3 for details."}},
		{"number", "See No. 5 on the list.", []string{"See No. 5 on the list."}},
		{"no is a word", "He said no. Then he left.", []string{"He said no.", "Then he left."}},
		{"month", "Jan. 5 is the date.", []string{"Jan. 5 is the date."}},
		{"name like a month", "I met Jan. She was nice.", []string{"I met Jan.", "She was nice."}},
		{"p.m. then lower case", "It was 5 p.m. when we left.", []string{"It was 5 p.m. when we left."}},
		{"p.m. then opener", "We left at 5 p.m. Then it rained.", []string{"We left at 5 p.m.", "Then it rained."}},
		{"p.m. then name", "It starts at 5 p.m. Eastern time.", []string{"It starts at 5 p.m. Eastern time."}},
		{"e.g. then lower case", "e.g. this", []string{"e.g. this"}},
		{"e.g. then capital", "Use a tool, e.g. Vale. It works.", []string{"Use a tool, e.g. Vale.", "It works."}},
		{"i.e. and comma", "i.e., that", []string{"i.e., that"}},
		{"i.e. inside", "One tool, i.e. The Tool, wins.", []string{"One tool, i.e. The Tool, wins."}},
		{"etc. then lower case", "We need apples, pears, etc. and more.", []string{"We need apples, pears, etc. and more."}},
		{"etc. then opener", "We bought apples, pears, etc. Then we left.", []string{"We bought apples, pears, etc.", "Then we left."}},
		{"etc. in parentheses", "Fruit (apples, etc.) The rest.", []string{"Fruit (apples, etc.)", "The rest."}},
		{"et al. then verb", "Smith et al. found more.", []string{"Smith et al. found more."}},
		{"et al. then opener", "Smith et al. The study grew.", []string{"Smith et al.", "The study grew."}},
		{"company then opener", "I work at Acme Inc. The pay is good.", []string{"I work at Acme Inc.", "The pay is good."}},
		{"approx", "It took approx. 5 minutes.", []string{"It took approx. 5 minutes."}},
		{"initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"middle initial", "John F. Kennedy spoke. Everyone listened.", []string{"John F. Kennedy spoke.", "Everyone listened."}},
		{"initial I", "I. M. Pei designed it.", []string{"I. M. Pei designed it."}},
		{"pronoun I", "So did I. Anyway, we left.", []string{"So did I.", "Anyway, we left."}},
		{"letter then opener", "Plan B. The rest failed.", []string{"Plan B.", "The rest failed."}},
		{"letter then initial", "Plan B. A. Smith agreed.", []string{"Plan B. A. Smith agreed."}},
		{"digit starts sentence", "Section 2. 3 items follow.", []string{"Section 2.", "3 items follow."}},
		{"period then lower case", "Read the docs. then the code.", []string{"Read the docs. then the code."}},
		{"abbreviation at end", "We bought fruit etc.", []string{"We bought fruit etc."}},
		{"dash after period", "It ended. — Or did it?", []string{"It ended. — Or did it?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	text := "  Ça va.  Élan " + obj + " vital. "
	got := Sentences(text)
	want := []Sentence{{2, 9}, {11, 11 + len("Élan "+obj+" vital.")}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sentences(%q) = %v, want %v", text, got, want)
	}
}

// FuzzSentences checks that sentences are ordered, trimmed, non-empty and
// cover every non-space character of the text.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"One. Two.", "e.g. This. U.S. In", "Wait… What?! 。x", "a\n. B", "\xff. \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad sentence %v after %d in %q", s, prev, text)
			}
			r, _ := utf8.DecodeRuneInString(text[s.Start:])
			l, _ := utf8.DecodeLastRuneInString(text[:s.End])
			if unicode.IsSpace(r) || unicode.IsSpace(l) {
				t.Fatalf("sentence %q has surrounding space", text[s.Start:s.End])
			}
			if gap := text[prev:s.Start]; strings.TrimSpace(gap) != "" {
				t.Fatalf("text %q between sentences is lost", gap)
			}
			prev = s.End
		}
		if rest := text[prev:]; strings.TrimSpace(rest) != "" {
			t.Fatalf("text %q after the last sentence is lost", rest)
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	para := strings.Repeat("Dr. Smith installed Node.js v1.2.3 at 5 p.m. and ran "+obj+" again. "+
		"It failed, e.g. with exit code 2... Then it worked! Did the U.S. team see it? "+
		"\"Yes,\" she said. (See the docs.) We paid $3.50 for it, etc. The end. ", 10)
	b.SetBytes(int64(len(para)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(para)
	}
}
