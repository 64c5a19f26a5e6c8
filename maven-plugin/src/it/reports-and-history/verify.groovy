def reports = new File(basedir, 'target/identity-secure-score')
['identity-secure-score.html', 'identity-secure-score.json', 'TEST-identity-secure-score.xml',
 'identity-secure-score.md'].each { name ->
    def report = new File(reports, name)
    assert report.isFile() && report.length() > 0 : "missing report ${report}"
}
def history = new File(basedir, 'history/identity-secure-score-history.jsonl')
assert history.isFile()
def lines = history.readLines().findAll { !it.isBlank() }
assert lines.size() == 2 : "expected one history line per build, found ${lines.size()}"
// each line is its build's run, labelled with <buildLabel>
assert lines[0].contains('"build":"1"') && lines[1].contains('"build":"2"')
true
