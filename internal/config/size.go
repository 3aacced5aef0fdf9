package config

import (
	"strconv"
	"strings"
)

// sizeUnits are the units a size may be written in.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

// maxSize is the largest size accepted: far more than any post.
const maxSize = 1 << 40

// size decodes a size in bytes: a whole number, or a number with a unit
// ("512KB", "5 MiB").
func (p *parser) size(ptr string, v any) int64 {
	if n, ok := number(v); ok && n > 0 && n <= maxSize && n == float64(int64(n)) {
		return int64(n)
	}
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(s)
	}
	n, err := strconv.ParseFloat(s[:i], 64)
	unit, known := sizeUnits[strings.ToLower(strings.TrimSpace(s[i:]))]
	// At least one byte (0 would mean the default), and at most maxSize,
	// so that the conversion to int64 cannot overflow into a negative size.
	size := n * float64(unit)
	if err != nil || !known || size < 1 || size > maxSize {
		p.fail(ptr, "max-file-size must be a size such as 5MiB, 512KB or a number of bytes, not %s", describe(v))
		return 0
	}
	return int64(size)
}
