package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/postlint/postlint/internal/rule"
	"github.com/postlint/postlint/internal/suggest"
)

// optionField is one option of a rule: a field of its options struct
// named by its yaml tag.
type optionField struct {
	name  string
	index int
	typ   reflect.Type
	def   any // the default value
}

// optionFields lists the options of r, in the order of its struct.
func optionFields(r *rule.Rule) []optionField {
	if r.Options == nil {
		return nil
	}
	v := reflect.ValueOf(r.Options()).Elem()
	var out []optionField
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		out = append(out, optionField{name: name, index: i, typ: f.Type, def: v.Field(i).Interface()})
	}
	return out
}

// optionError is a mistake in one option, at its key or its value.
type optionError struct {
	pointer string
	key     bool
	msg     string
}

func (e *optionError) Error() string { return e.msg }

func asOptionError(err error, target **optionError) bool { return errors.As(err, target) }

// decodeOptions returns r's default options with the configured ones set
// over them, prepared. pointerOf gives the JSON pointer of an option, for
// errors.
func decodeOptions(r *rule.Rule, options map[string]any, pointerOf func(string) string) (any, error) {
	fields := optionFields(r)
	if r.Options == nil || len(fields) == 0 {
		for key := range options {
			return nil, &optionError{pointer: pointerOf(key), key: true,
				msg: fmt.Sprintf("rule %s has no option %q; it has none, only severity", r.Name, key)}
		}
	}
	opts := r.Options()
	v := reflect.ValueOf(opts).Elem()
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	for _, key := range sortedKeys(options) {
		i := slicesIndex(names, key)
		if i < 0 {
			msg := fmt.Sprintf("rule %s has no option %q", r.Name, key)
			if best := suggest.Closest(key, append(names, "severity")); best != "" {
				msg += fmt.Sprintf("; did you mean %q?", best)
			} else {
				msg += "; " + optionNames(r)
			}
			return nil, &optionError{pointer: pointerOf(key), key: true, msg: msg}
		}
		f := fields[i]
		if err := setOption(v.Field(f.index), options[key]); err != nil {
			return nil, &optionError{pointer: pointerOf(key),
				msg: fmt.Sprintf("option %s of %s must be %s", key, r.Name, err)}
		}
	}
	if p, ok := opts.(rule.Preparer); ok {
		if err := p.Prepare(); err != nil {
			return nil, &optionError{pointer: pointerOf(sortedKeys(options)[0]), msg: fmt.Sprintf("rule %s: %v", r.Name, err)}
		}
	}
	return opts, nil
}

// setOption stores a decoded value in an option field of a supported
// type, or says what the field needs.
func setOption(field reflect.Value, v any) error {
	switch field.Kind() {
	case reflect.Int:
		n, ok := number(v)
		if !ok || n != math.Trunc(n) || n > math.MaxInt32 || n < math.MinInt32 {
			return errors.New("a whole number")
		}
		field.SetInt(int64(n))
	case reflect.Float64:
		n, ok := number(v)
		if !ok {
			return errors.New("a number")
		}
		field.SetFloat(n)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			return errors.New("true or false")
		}
		field.SetBool(b)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return errors.New("a string")
		}
		field.SetString(s)
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return errors.New("a list of strings")
		}
		out := reflect.MakeSlice(field.Type(), 0, len(list))
		for _, e := range list {
			s, ok := e.(string)
			if !ok {
				return errors.New("a list of strings")
			}
			out = reflect.Append(out, reflect.ValueOf(s))
		}
		field.Set(out)
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			return errors.New("a mapping of strings to strings")
		}
		out := reflect.MakeMapWithSize(field.Type(), len(m))
		for k, e := range m {
			s, ok := e.(string)
			if !ok {
				return errors.New("a mapping of strings to strings")
			}
			out.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(s))
		}
		field.Set(out)
	default:
		return fmt.Errorf("of an unsupported type %s", field.Type())
	}
	return nil
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

func slicesIndex(list []string, s string) int {
	for i, e := range list {
		if e == s {
			return i
		}
	}
	return -1
}
