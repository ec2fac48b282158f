// Copied next to the package generated from test/fixtures/torture and run with
// `go test`: aliases, deprecations, planned codes, varying statuses, hostile text
// in titles and doc comments, typed details and the error-meta envelope.
package tortureerr

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestCodes(t *testing.T) {
	all := All()
	if len(all) != 28 || all[0] != CodeA2APeerError || all[len(all)-1] != CodeWhatsapp2FAPinRequired {
		t.Fatalf("All() = %v", all)
	}
	if !sort.SliceIsSorted(table[:], func(i, j int) bool { return table[i].code < table[j].code }) {
		t.Fatal("table is not sorted")
	}
	for _, c := range all {
		if p, ok := Parse(string(c)); !ok || p != c || !c.Known() {
			t.Fatalf("Parse(%q) = %q, %v", c, p, ok)
		}
	}
	f := CodeFunc
	if f.Title() != `Func: "quoted" title with \ backslash and */` || f.Domain() != "errors" {
		t.Fatalf("FUNC title %q domain %q", f.Title(), f.Domain())
	}
	if f.HTTPStatus() != 413 || !reflect.DeepEqual(f.HTTPStatuses(), []int{413, 415, 422}) || f.HTTPStatusVaries() {
		t.Fatalf("FUNC statuses %d %v", f.HTTPStatus(), f.HTTPStatuses())
	}
	if f.Retryable() != RetryAuto || f.Retryable().String() != "auto" || !f.RetryAfter() {
		t.Fatalf("FUNC retry %v", f.Retryable())
	}
	if CodeNone.HTTPStatus() != 0 || !reflect.DeepEqual(CodeNone.HTTPStatuses(), []int{400, 502}) || !CodeNone.HTTPStatusVaries() {
		t.Fatal("NONE: status varies among 400 and 502")
	}
	if CodeRange.HTTPStatus() != 0 || CodeRange.HTTPStatuses() != nil || !CodeRange.HTTPStatusVaries() {
		t.Fatal("RANGE: status varies")
	}
	if CodeType.Retryable() != RetryNo || CodeDefault.Retryable() != RetryYes || CodeIf.Retryable() != RetryUnknown {
		t.Fatal("retry policies")
	}
	if CodeType.DocsURL() != "https://docs.example.com/errors/errors#type" {
		t.Fatalf("TYPE docs URL %q", CodeType.DocsURL())
	}
	if r, ok := CodeClass.Replacement(); !ok || r != CodeMatch || !CodeClass.Deprecated() {
		t.Fatal("CLASS is deprecated in favour of MATCH")
	}
	if _, ok := CodeImport.Replacement(); ok || !CodeImport.Deprecated() || CodeMatch.Deprecated() {
		t.Fatal("IMPORT is deprecated with no replacement")
	}
	if a, ok := CodeDelete.AliasOf(); !ok || a != CodeDefault {
		t.Fatal("DELETE is an alias of DEFAULT")
	}
	if s, ok := CodeConstructor.SurfacesAs(); !ok || s != CodeDefault || !CodeConstructor.Planned() || CodeDefault.Planned() {
		t.Fatal("CONSTRUCTOR is planned and surfaces as DEFAULT")
	}
}

func TestDecode(t *testing.T) {
	body := `{"error":{"code":"TYPE","message":"bad \"type\"","status":400,"details":{"type":"x","class":"*/","from":[1,2],"None":{"a":true},"range":{"func":"f","match":1.5}}},` +
		`"meta":{"request_id":"r1","timestamp":"2024-01-01T00:00:00Z","docs_url":"https://d/x"}}`
	resp := &http.Response{StatusCode: 418, Body: io.NopCloser(strings.NewReader(body))}
	e, err := DecodeResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	if e.Code != CodeType || e.Message != `bad "type"` || e.Status != 400 || e.RequestID != "r1" || e.Timestamp != "2024-01-01T00:00:00Z" || e.DocsURL != "https://d/x" {
		t.Fatalf("decoded %+v", e)
	}
	var d TypeDetails
	if err := e.DecodeDetails(&d); err != nil {
		t.Fatal(err)
	}
	want := TypeDetails{Type: "x", Class: "*/", From: []int{1, 2}, None: map[string]bool{"a": true}, Range: &TypeDetailsRange{Func: "f", Match: 1.5}}
	if !reflect.DeepEqual(d, want) {
		t.Fatalf("details %+v", d)
	}
	var generic map[string]any
	if err := e.DecodeDetails(&generic); err != nil || generic["type"] != "x" {
		t.Fatalf("generic details %v, %v", generic, err)
	}
	var apiErr *Error
	if !errors.As(error(e), &apiErr) || !errors.Is(e, CodeType) || errors.Is(e, CodeString) {
		t.Fatal("errors.Is / errors.As")
	}

	// An alias is the same error under another name.
	alias, err := Decode([]byte(`{"error":{"code":"DELETE"}}`))
	if err != nil || !errors.Is(alias, CodeDefault) || !errors.Is(alias, CodeDelete) || errors.Is(alias, CodeConstructor) {
		t.Fatalf("alias %+v, %v", alias, err)
	}
	def := New(CodeDefault, "")
	if !errors.Is(def, CodeDelete) || def.Status != 500 || def.DocsURL != CodeDefault.DocsURL() {
		t.Fatalf("New(DEFAULT) = %+v", def)
	}

	// A status is a JSON integer (as in TypeScript and Python): "503" is none.
	unknown, err := Decode([]byte(`{"error":{"code":"FROM_THE_FUTURE","status":"503"}}`))
	if err != nil || unknown.Code.Known() || unknown.Code != "FROM_THE_FUTURE" || unknown.Status != 0 || unknown.Details != nil {
		t.Fatalf("unknown %+v, %v", unknown, err)
	}
}

func TestEncode(t *testing.T) {
	e := New(CodeFunc, "too large")
	e.RequestID = "r1"
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"error":{"code":"FUNC","message":"too large","status":413},"meta":{"docs_url":"https://docs.example.com/errors/errors#func","request_id":"r1"}}`
	if string(raw) != want {
		t.Fatalf("Marshal = %s\nwant      %s", raw, want)
	}
}

// The doc comments mean what the catalog says: only real deprecations are
// deprecated (the gopls/staticcheck rule), and no spec text became a heading,
// code block, list or link definition.
func TestDocComments(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "codes.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var deprecated []string
	for _, decl := range file.Decls {
		for _, spec := range decl.(*ast.GenDecl).Specs {
			vs := spec.(*ast.ValueSpec)
			name := vs.Names[0].Name
			text := vs.Doc.Text()
			if !strings.HasPrefix(text, name+" is ") {
				t.Errorf("%s: doc does not start with its name: %q", name, text)
			}
			for _, para := range strings.Split(text, "\n\n") {
				if strings.HasPrefix(para, "Deprecated: ") {
					deprecated = append(deprecated, name)
				}
			}
			var p comment.Parser
			doc := p.Parse(text)
			if len(doc.Links) > 0 {
				t.Errorf("%s: link definitions in %q", name, text)
			}
			for _, block := range doc.Content {
				if _, ok := block.(*comment.Paragraph); !ok {
					t.Errorf("%s: %T block in %q", name, block, text)
				}
			}
		}
	}
	if want := []string{"CodeClass", "CodeImport"}; !reflect.DeepEqual(deprecated, want) {
		t.Fatalf("deprecated %v, want %v", deprecated, want)
	}
}
