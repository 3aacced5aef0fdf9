package fix

// This file finds which lines changed between two versions of a file with
// Myers' O(ND) algorithm in its linear-space form: look for the middle snake
// of an optimal edit path from both ends at once, then solve the two halves.
// It follows GNU diff's analyze.c (compareseq and diag), which keeps the
// diagonals of both searches in two arrays shared by every sub-problem.
//
// Two limits keep pathological inputs (a huge file changed all over) cheap. A search that reaches maxCost edits without meeting its other half
// splits at the point that got furthest instead, as GNU diff and git do; the
// diff is still correct, only perhaps not the shortest. And once the whole
// comparison has done maxWork steps, each range left is reported replaced
// whole.

const (
	minMaxCost = 256     // a search may always run this many edits
	maxWork    = 1 << 25 // steps before the rest is replaced whole
)

// differ holds one comparison: lines as numbers (equal lines, equal numbers),
// the lines marked changed so far, and the two searches' diagonals.
type differ struct {
	a, b       []int
	delA, insB []bool
	fd, bd     []int // furthest x on each diagonal, indexed by k + off
	off        int
	maxCost    int
	work       int
}

// diffLines marks which lines of a were deleted and which lines of b
// inserted in an edit script that turns a into b.
func diffLines(a, b []int) (delA, insB []bool) {
	// A line with no equal in the other file is changed whatever the rest
	// does: leave such lines out of the search, as GNU diff does, so that
	// rewritten stretches cost nothing.
	ka, kb := matched(a, b), matched(b, a)
	d := newDiffer(pick(a, ka), pick(b, kb))
	d.compare(0, len(d.a), 0, len(d.b))

	// Mark the changes on the whole files, with an unchanged line before
	// the first and after the last for slideChanges.
	delA, insB = make([]bool, len(a)+2), make([]bool, len(b)+2)
	spread(delA[1:len(a)+1], ka, d.delA)
	spread(insB[1:len(b)+1], kb, d.insB)
	slideChanges(delA, insB, a)
	slideChanges(insB, delA, b)
	return delA[1 : len(a)+1], insB[1 : len(b)+1]
}

func newDiffer(a, b []int) *differ {
	n, m := len(a), len(b)
	return &differ{
		a: a, b: b,
		delA: make([]bool, n), insB: make([]bool, m),
		fd: make([]int, n+m+3), bd: make([]int, n+m+3),
		off:     m + 1,
		maxCost: max(minMaxCost, sqrtCeil(n+m+3)),
	}
}

// matched returns the indexes of the lines of x that also occur in y.
// Line numbers must be small and not negative, as internLines makes them.
func matched(x, y []int) []int {
	var in []bool
	for _, l := range y {
		if l >= len(in) {
			in = append(in, make([]bool, l+1-len(in))...)
		}
		in[l] = true
	}
	var keep []int
	for i, l := range x {
		if l < len(in) && in[l] {
			keep = append(keep, i)
		}
	}
	return keep
}

// pick returns the lines of x at the indexes keep.
func pick(x, keep []int) []int {
	out := make([]int, len(keep))
	for k, i := range keep {
		out[k] = x[i]
	}
	return out
}

// spread marks changed the lines of a file given the marks on the lines at
// indexes keep; the lines left out are changed.
func spread(changed []bool, keep []int, marks []bool) {
	for i := range changed {
		changed[i] = true
	}
	for k, i := range keep {
		changed[i] = marks[k]
	}
}

// compare marks the changes that turn a[x0:x1] into b[y0:y1].
func (d *differ) compare(x0, x1, y0, y1 int) {
	for {
		if d.work >= maxWork {
			d.replace(x0, x1, y0, y1)
			return
		}
		ox0, ox1 := x0, x1
		for x0 < x1 && y0 < y1 && d.a[x0] == d.b[y0] {
			x0, y0 = x0+1, y0+1
		}
		for x1 > x0 && y1 > y0 && d.a[x1-1] == d.b[y1-1] {
			x1, y1 = x1-1, y1-1
		}
		d.work += 1 + (x0 - ox0) + (ox1 - x1) // what the trimming compared
		if x0 == x1 || y0 == y1 {
			d.replace(x0, x1, y0, y1)
			return
		}
		xm, ym, ok := d.split(x0, x1, y0, y1)
		if !ok {
			d.replace(x0, x1, y0, y1)
			return
		}
		d.compare(x0, xm, y0, ym)
		x0, y0 = xm, ym // the second half as a loop, to keep the stack short
	}
}

// replace marks all of a[x0:x1] deleted and all of b[y0:y1] inserted.
func (d *differ) replace(x0, x1, y0, y1 int) {
	for i := x0; i < x1; i++ {
		d.delA[i] = true
	}
	for j := y0; j < y1; j++ {
		d.insB[j] = true
	}
}

// split returns a point (xm, ym) on an edit path from (x0, y0) to (x1, y1),
// strictly between the two, such that solving both halves gives a good
// diff: the start of the middle snake of a shortest path, or if that costs
// too much, the furthest point either search reached. Both ranges must be
// non-empty and differ in their first and last lines. It reports false when
// the work budget ran out.
func (d *differ) split(x0, x1, y0, y1 int) (xm, ym int, ok bool) {
	a, b, fd, bd, off := d.a, d.b, d.fd, d.bd, d.off
	dmin, dmax := x0-y1, x1-y0 // the diagonals k = x-y inside the box
	fmid, bmid := x0-y0, x1-y1 // where each search starts
	fmin, fmax, bmin, bmax := fmid, fmid, bmid, bmid
	odd := (fmid-bmid)&1 != 0
	fd[fmid+off] = x0
	bd[bmid+off] = x1

	for cost := 1; ; cost++ {
		// One more edit forward, on every second diagonal. The values just
		// outside the searched diagonals are sentinels that never win.
		if fmin > dmin {
			fmin--
			fd[fmin-1+off] = -1
		} else {
			fmin++
		}
		if fmax < dmax {
			fmax++
			fd[fmax+1+off] = -1
		} else {
			fmax--
		}
		for k := fmax; k >= fmin; k -= 2 {
			lo, hi := fd[k-1+off], fd[k+1+off]
			x := lo + 1
			if lo < hi {
				x = hi
			}
			sx := x
			y := x - k
			for x < x1 && y < y1 && a[x] == b[y] {
				x, y = x+1, y+1
			}
			d.work += 1 + x - sx
			fd[k+off] = x
			if odd && bmin <= k && k <= bmax && bd[k+off] <= x {
				return x, y, true
			}
		}

		// And one more backward.
		if bmin > dmin {
			bmin--
			bd[bmin-1+off] = int(^uint(0) >> 1)
		} else {
			bmin++
		}
		if bmax < dmax {
			bmax++
			bd[bmax+1+off] = int(^uint(0) >> 1)
		} else {
			bmax--
		}
		for k := bmax; k >= bmin; k -= 2 {
			lo, hi := bd[k-1+off], bd[k+1+off]
			x := hi - 1
			if lo < hi {
				x = lo
			}
			sx := x
			y := x - k
			for x > x0 && y > y0 && a[x-1] == b[y-1] {
				x, y = x-1, y-1
			}
			d.work += 1 + sx - x
			bd[k+off] = x
			if !odd && fmin <= k && k <= fmax && x <= fd[k+off] {
				return x, y, true
			}
		}

		if d.work >= maxWork {
			return 0, 0, false
		}
		if cost >= d.maxCost {
			return d.furthest(x0, x1, y0, y1, fmin, fmax, bmin, bmax)
		}
	}
}

// furthest returns whichever of the forward and backward searches' best
// points leaves less to do, for a search stopped before the two met.
func (d *differ) furthest(x0, x1, y0, y1, fmin, fmax, bmin, bmax int) (xm, ym int, ok bool) {
	fbest, fx := -1, 0 // forward: the largest x+y
	for k := fmax; k >= fmin; k -= 2 {
		x := min(d.fd[k+d.off], x1)
		y := x - k
		if y > y1 {
			x, y = y1+k, y1
		}
		if x+y > fbest {
			fbest, fx = x+y, x
		}
	}
	bbest, bx := int(^uint(0)>>1), 0 // backward: the smallest x+y
	for k := bmax; k >= bmin; k -= 2 {
		x := max(d.bd[k+d.off], x0)
		y := x - k
		if y < y0 {
			x, y = y0+k, y0
		}
		if x+y < bbest {
			bbest, bx = x+y, x
		}
	}
	xm, ym = bx, bbest-bx
	if (x1+y1)-bbest < fbest-(x0+y0) {
		xm, ym = fx, fbest-fx
	}
	// Both searches ran maxCost edits without meeting, so neither reached
	// the far corner; check anyway, since a split at a corner would not
	// make the problem smaller.
	if xm < x0 || xm > x1 || ym < y0 || ym > y1 || xm+ym == x0+y0 || xm+ym == x1+y1 {
		return 0, 0, false
	}
	return xm, ym, true
}

// sqrtCeil returns a power of two at least the square root of n.
func sqrtCeil(n int) int {
	r := 1
	for r*r < n {
		r *= 2
	}
	return r
}
