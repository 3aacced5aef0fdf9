package prose

// Readability holds the counts behind the readability scores of a text.
type Readability struct{ Words, Sentences, Syllables int }

// Grade returns the Flesch-Kincaid grade level: 0.39*(W/S) + 11.8*(Sy/W) - 15.59,
// a US school grade. It returns 0 when there are no words or no sentences.
func (r Readability) Grade() float64 {
	if r.Words <= 0 || r.Sentences <= 0 {
		return 0
	}
	return 0.39*r.wordsPerSentence() + 11.8*r.syllablesPerWord() - 15.59
}

// Ease returns the Flesch reading ease: 206.835 - 1.015*(W/S) - 84.6*(Sy/W),
// from about 0 (hard) to 100 (easy). It returns 0 when there are no words
// or no sentences.
func (r Readability) Ease() float64 {
	if r.Words <= 0 || r.Sentences <= 0 {
		return 0
	}
	return 206.835 - 1.015*r.wordsPerSentence() - 84.6*r.syllablesPerWord()
}

func (r Readability) wordsPerSentence() float64 {
	return float64(r.Words) / float64(r.Sentences)
}

func (r Readability) syllablesPerWord() float64 {
	return float64(r.Syllables) / float64(r.Words)
}
