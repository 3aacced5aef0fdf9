package fix

// slideChanges moves the runs of changed lines of one file to where they
// read best, as GNU diff's shift_boundaries does: a run of lines that could
// as well start one line earlier or later (because the line it would take
// in equals the line it would let go) slides, first up to merge with runs
// before it, then down as far as it goes, to merge with runs after it and
// so that an insertion lands after the lines it repeats; then back up to
// line up with a run of changes in the other file if it passed one. Only
// the places of changes move, never their number.
//
// changed marks the changed lines of this file and other those of the
// other file; line i is at index i+1, and the first and last entries are
// false. lines are this file's lines as numbers.
func slideChanges(changed, other []bool, lines []int) {
	n := len(lines)
	i, j := 0, 0 // a line of this file and the matching line of the other
	for {
		for i < n && !changed[i+1] {
			for other[j+1] {
				j++
			}
			j++
			i++
		}
		if i == n {
			return
		}
		start := i
		for i++; changed[i+1]; i++ {
		}
		for other[j+1] {
			j++
		}

		var corresponding int // where the run last lined up with one in other
		for {
			length := i - start
			for start > 0 && lines[start-1] == lines[i-1] {
				start, i = start-1, i-1
				changed[start+1], changed[i+1] = true, false
				for changed[start] {
					start--
				}
				for j--; other[j+1]; j-- {
				}
			}
			corresponding = n
			if other[j] {
				corresponding = i
			}
			for i != n && lines[start] == lines[i] {
				changed[start+1], changed[i+1] = false, true
				start, i = start+1, i+1
				for changed[i+1] {
					i++
				}
				for j++; other[j+1]; j++ {
					corresponding = i
				}
			}
			if i-start == length {
				break
			}
		}
		for corresponding < i {
			start, i = start-1, i-1
			changed[start+1], changed[i+1] = true, false
			for j--; other[j+1]; j-- {
			}
		}
	}
}
