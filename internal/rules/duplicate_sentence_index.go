package rules

import "sync"

// placeIndex maps a hash to the first dupMaxPlaces values added under
// it, in the order they were added. Its chains live in one slice, so that
// adding a value allocates nothing once the index has grown, and an index
// is reused from post to post.
type placeIndex[V any] struct {
	chains map[uint64]placeChain
	nodes  []placeNode[V]
}

// placeChain is where the values of one hash are: the first and last node
// and how many there are.
type placeChain struct {
	first, last, n int32
}

// placeNode is one value and the index of the next node of its chain, or
// -1.
type placeNode[V any] struct {
	value V
	next  int32
}

// add adds v under h, unless h already holds dupMaxPlaces values.
func (x *placeIndex[V]) add(h uint64, v V) {
	c, ok := x.chains[h]
	if ok && c.n >= dupMaxPlaces {
		return
	}
	i := int32(len(x.nodes))
	x.nodes = append(x.nodes, placeNode[V]{value: v, next: -1})
	if ok {
		x.nodes[c.last].next = i
		c.last, c.n = i, c.n+1
	} else {
		c = placeChain{first: i, last: i, n: 1}
	}
	x.chains[h] = c
}

// full reports whether h holds dupMaxPlaces values.
func (x *placeIndex[V]) full(h uint64) bool {
	return x.chains[h].n >= dupMaxPlaces
}

// all yields the values under h in the order they were added.
func (x *placeIndex[V]) all(h uint64) func(yield func(V) bool) {
	return func(yield func(V) bool) {
		c, ok := x.chains[h]
		if !ok {
			return
		}
		for i := c.first; i >= 0; i = x.nodes[i].next {
			if !yield(x.nodes[i].value) {
				return
			}
		}
	}
}

// reset empties the index, keeping its memory.
func (x *placeIndex[V]) reset() {
	if x.chains == nil {
		x.chains = make(map[uint64]placeChain)
	}
	clear(x.chains)
	x.nodes = x.nodes[:0]
}

// dupScratch is the memory duplicate-sentence reuses from post to post:
// its two indexes and the tokens of every sentence.
type dupScratch struct {
	runs   placeIndex[dupPlace] // runs of k tokens of the sentences seen
	wholes placeIndex[int32]    // sentences seen, by their hash
	tokens []dupToken
}

var dupScratchPool = sync.Pool{New: func() any { return new(dupScratch) }}
