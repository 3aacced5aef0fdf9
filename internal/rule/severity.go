package rule

import "fmt"

// Severity is how much a finding matters. The zero value is Off: a rule
// with severity Off does not run.
type Severity int

// The severities, from least to most severe.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Info: "info", Warning: "warning", Error: "error"}

// String returns the severity's name as it appears in output and config:
// "off", "info", "warning" or "error".
func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity returns the severity named s ("off", "info", "warning" or
// "error").
func ParseSeverity(s string) (Severity, error) {
	for sev, name := range severityNames {
		if s == name {
			return Severity(sev), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q (want off, info, warning or error)", s)
}
