def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the failure names the pack gate, with the share it found
assert log =~ /Identity Secure Score gate failed: scuba-aad SHALL requirements passed >= 50%: actual \d+\.\d\d% \(\d+ of \d+\) -> FAILED/
// the score's own gate passed and is not among the failures
assert !(log =~ /gate failed: [^\n]*score >= 50%/)
assert !log.contains('\tat io.github.securescore')
// the POM selects the pack the policy file's gate is on: no "not selected" warning
assert !log.contains('is not selected in packs')

def reports = new File(basedir, 'target/identity-secure-score')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-identity-secure-score.xml'))
def packOf = { suite -> suite.properties.property.find { it.@name.text() == 'pack' }.@value.text() }
// the score's suite (no pack property), then one suite per selected pack (identity-secure-score is the score)
assert junit.testsuite.size() == 2 : junit.testsuite*.@name
assert junit.testsuite.collect { packOf(it) } == ['', 'scuba-aad'] : junit.testsuite*.@name
def scuba = junit.testsuite.find { packOf(it) == 'scuba-aad' }
assert scuba.testcase.find { it.@name.text().startsWith('MS.AAD.1.1v1 ') } != null
assert scuba.@failures.text().toInteger() > 0

def html = new File(reports, 'identity-secure-score.html').text
assert html.contains('id="pack-scuba-aad"')
assert html.contains('CISA SCuBA baseline for Microsoft Entra ID')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'identity-secure-score.json'))
assert json.packs*.id == ['scuba-aad']
assert json.verdict.status == 'FAIL'
assert json.verdict.gates.collect { [it.pack, it.outcome] } == [[null, 'PASSED'], ['scuba-aad', 'FAILED']]
true
