package corpusgen

// The word lists that prose, titles and tags are drawn from. They are
// plain English blog vocabulary so that the prose rules see ordinary
// sentences; changing them changes every generated corpus.

var nouns = []string{
	"server", "cloud", "team", "deployment", "database", "cache", "request",
	"service", "pipeline", "release", "build", "test", "feature", "user",
	"browser", "network", "function", "module", "package", "library",
	"framework", "container", "cluster", "queue", "worker", "thread",
	"process", "file", "folder", "config", "schema", "query", "index",
	"table", "record", "event", "stream", "message", "endpoint", "route",
	"token", "session", "password", "key", "certificate", "domain", "page",
	"post", "draft", "editor", "reader", "writer", "author", "project",
	"roadmap", "sprint", "meeting", "customer", "product", "budget",
	"invoice", "metric", "dashboard", "alert", "incident", "outage",
	"backup", "migration", "upgrade", "version", "branch", "commit",
	"review", "patch", "bug", "fix", "change", "plan", "idea", "question",
	"answer", "example", "pattern", "design", "layout", "component",
	"template", "theme", "image", "video", "font", "color", "button",
	"form", "field", "value", "default", "option", "setting", "profile",
	"account", "bill", "cost", "price", "latency", "throughput", "load",
	"memory", "disk", "processor", "core", "machine", "laptop", "phone",
	"tablet", "screen", "keyboard", "habit", "week", "month", "year",
	"morning", "evening", "weekend", "holiday", "conference", "talk",
	"workshop", "course", "lesson", "chapter", "book", "article", "story",
}

var verbs = []string{
	"builds", "runs", "ships", "tests", "moves", "breaks", "fixes",
	"changes", "reads", "writes", "sends", "stores", "loads", "saves",
	"checks", "measures", "tracks", "watches", "starts", "stops", "needs",
	"wants", "uses", "replaces", "removes", "adds", "keeps", "drops",
	"handles", "serves", "caches", "streams", "splits", "joins", "merges",
	"deploys", "scales", "slows", "speeds up", "cleans up", "sets up",
	"explains", "shows", "hides", "covers", "describes", "follows",
	"improves", "simplifies", "complicates", "protects", "exposes",
	"rewrites", "reviews", "approves", "rejects", "compiles", "parses",
	"validates", "formats", "renders", "publishes", "schedules", "routes",
}

var adjectives = []string{
	"small", "large", "fast", "slow", "new", "old", "simple", "complex",
	"cheap", "expensive", "quiet", "busy", "stable", "flaky", "modern",
	"legacy", "shared", "private", "public", "remote", "local", "global",
	"daily", "weekly", "careful", "quick", "clean", "messy", "useful",
	"obvious", "subtle", "hidden", "visible", "empty", "full", "broken",
	"working", "secure", "open", "closed", "static", "dynamic", "tiny",
	"huge", "early", "late", "first", "last", "next", "previous", "main",
	"extra", "optional", "required", "common", "rare", "typical", "odd",
}

var adverbs = []string{
	"quickly", "slowly", "carefully", "rarely", "often", "usually",
	"always", "never", "sometimes", "quietly", "simply", "clearly",
	"finally", "already", "still", "mostly", "barely", "easily",
}

var prepositions = []string{
	"in", "on", "with", "without", "for", "from", "behind", "before",
	"after", "during", "under", "over", "across", "through", "near",
}

var determiners = []string{"the", "the", "the", "a", "our", "every", "each", "this", "that", "their", "your"}

// connectors join clauses into longer sentences.
var connectors = []string{
	", and", ", but", ", so", ", while", ", because", ", although",
	" when", " until", ", which means", ", and then", ", so that", " before",
}

// wordyConnectors are the wordy phrases and stock expressions that real
// posts contain now and then.
var wordyConnectors = []string{
	", in order to make sure", ", and at the end of the day", ", so in the meantime",
	", due to the fact that",
}

var openers = []string{
	"", "", "", "", "", "In practice,", "Last week,", "Of course,",
	"In our case,", "For example,", "Honestly,", "Still,", "Then",
	"At first,", "Later,", "Surprisingly,", "As a result,",
}

var tags = []string{
	"Go", "Rust", "JavaScript", "TypeScript", "Python", "Cloud", "DevOps",
	"Serverless", "Kubernetes", "Databases", "Security", "Testing",
	"Performance", "Frontend", "Backend", "Design", "Career", "Writing",
	"Open Source", "Tooling", "Linux", "Networking", "Observability",
	"Architecture", "Productivity", "Accessibility", "Markdown", "Static Sites",
}

var languages = []string{"go", "js", "bash", "yaml", "python", "json", "sql", "ts"}

var hosts = []string{
	"example.com", "docs.example.org", "blog.example.net", "go.dev",
	"developer.mozilla.org", "en.wikipedia.org", "github.com",
}

// vagueLinkText is link text that says nothing about where a link goes.
var vagueLinkText = []string{"here", "click here", "this link", "link", "read more"}
