package prose

import (
	"fmt"
	"strings"
	"testing"
)

// measure counts a passage the way a readability rule would: sentences
// with Sentences, words split at spaces, syllables with Syllables.
func measure(text string) Readability {
	r := Readability{Sentences: len(Sentences(text))}
	for _, w := range strings.Fields(text) {
		r.Words++
		r.Syllables += Syllables(strings.Trim(w, `.,;:!?"()`))
	}
	return r
}

func TestReadabilityKnownPassages(t *testing.T) {
	tests := []struct {
		text        string
		counts      Readability // counted by hand
		grade, ease string
	}{
		{
			// The(1) cat(1) sat(1) on(1) the(1) mat(1). It(1) was(1) a(1) sun-ny(2) day(1).
			// The(1) chil-dren(2) played(1) out-side(2) un-til(2) din-ner(2).
			text:   "The cat sat on the mat. It was a sunny day. The children played outside until dinner.",
			counts: Readability{Words: 17, Sentences: 3, Syllables: 22},
			grade:  "1.89", ease: "91.60",
		},
		{
			// Read-a-bil-i-ty(5) for-mu-las(3) es-ti-mate(3) the(1) dif-fi-cul-ty(4) of(1) a(1) text(1).
			// They(1) count(1) words(1) sen-ten-ces(3) and(1) syl-la-bles(3).
			text:   "Readability formulas estimate the difficulty of a text. They count words, sentences and syllables.",
			counts: Readability{Words: 14, Sentences: 2, Syllables: 29},
			grade:  "11.58", ease: "24.49",
		},
	}
	for _, tt := range tests {
		if got := measure(tt.text); got != tt.counts {
			t.Errorf("measure(%q) = %+v, counted by hand %+v", tt.text, got, tt.counts)
		}
		if got := fmt.Sprintf("%.2f", tt.counts.Grade()); got != tt.grade {
			t.Errorf("%+v.Grade() = %s, want %s", tt.counts, got, tt.grade)
		}
		if got := fmt.Sprintf("%.2f", tt.counts.Ease()); got != tt.ease {
			t.Errorf("%+v.Ease() = %s, want %s", tt.counts, got, tt.ease)
		}
	}
}

func TestReadabilityEmpty(t *testing.T) {
	for _, r := range []Readability{{}, {Words: 10}, {Sentences: 2, Syllables: 3}, {Words: -1, Sentences: 1}} {
		if g, e := r.Grade(), r.Ease(); g != 0 || e != 0 {
			t.Errorf("%+v: Grade() = %v, Ease() = %v, want 0 and 0", r, g, e)
		}
	}
}
