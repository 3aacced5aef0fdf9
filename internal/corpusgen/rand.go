package corpusgen

// rng is SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast and fixed,
// so a corpus never changes with the Go release.
type rng struct{ state uint64 }

// newRand returns the generator of one post: its stream depends on the
// corpus seed and the post's index only.
func newRand(seed, index uint64) *rng {
	r := &rng{state: seed}
	r.state = r.next() ^ (index+1)*0x9E3779B97F4A7C15
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.state += 0x9E3779B97F4A7C15
	z := r.state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// intn returns a number in [0, n); n must be positive. The slight modulo
// bias does not matter here.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// chance reports true with probability p.
func (r *rng) chance(p float64) bool { return r.float() < p }

// pick returns a random element of list.
func pick[T any](r *rng, list []T) T { return list[r.intn(len(list))] }
