import groovy.json.JsonSlurper

// the history: one line per build, each with the packs' statuses (the first build also backfilled
// Microsoft's daily figures, which carry no build label and no packs)
def runs = new File(basedir, 'history/identity-secure-score-history.jsonl').readLines().findAll { !it.isBlank() }
        .collect { new JsonSlurper().parseText(it) }.findAll { it.build }
assert runs*.build == ['1', '2']
def first = runs[0]
def second = runs[1]
// nothing accepted: CA003 leaves out two break-glass accounts and a group, a warning for both baselines
assert first.packs['scuba-aad'].requirements['MS.AAD.1.1v1'] == 'WARNING'
assert first.packs['cis-m365'].requirements['5.2.2.3'] == 'WARNING'
assert first.packs['cis-m365'].failures == 1          // 1.1.3: five Global Administrators
assert first.verdict == 'UNSTABLE'
// exclusions accepted: both pass; 1.1.3 still fails but is omitted, so it counts neither way
assert second.packs['scuba-aad'].requirements['MS.AAD.1.1v1'] == 'PASS'
assert second.packs['cis-m365'].requirements['5.2.2.3'] == 'PASS'
assert second.packs['cis-m365'].requirements['1.1.3'] == 'FAIL'
assert second.packs['cis-m365'].omitted == ['1.1.3']
assert second.packs['cis-m365'].failures == 0
assert second.verdict == 'PASS'

// build.log holds both builds. The first warns on the floors (UNSTABLE: Maven has no unstable build,
// so both builds succeed); the second says what changed since the first
def log = new File(basedir, 'build.log').text
assert !log.contains('is not selected in packs')
assert log.contains('Identity Secure Score gate violated (UNSTABLE): scuba-aad MS.AAD.1.1v1 passes: actual Warning -> UNSTABLE')
assert log.contains('Identity Secure Score gate violated (UNSTABLE): cis-m365 failed requirements <= 0: actual 1 -> UNSTABLE')
assert log.contains('scuba-aad MS.AAD.1.1v1: Warning -> Pass')
assert log.contains('cis-m365 5.2.2.3: Warning -> Pass')

// the reports name the omission with its expiry and the exclusions applied
def reports = new File(basedir, 'target/identity-secure-score')
def markdown = new File(reports, 'identity-secure-score.md').text
assert markdown.contains('| 1\\.1.3 | SHALL | Fail (omitted) |')
assert markdown.contains('omitted: Global Administrator holders are being cut from five to four, CHG-3107')
assert markdown.contains('exclusions applied: account bg-01\\@fabrikam.onmicrosoft.com (accepted: break-glass account')
assert markdown.contains('- scuba-aad MS.AAD.1.1v1: Warning -> Pass')
def html = new File(reports, 'identity-secure-score.html').text
assert html.contains('id="pack-scuba-aad"') && html.contains('id="pack-cis-m365"')
assert html.contains('omitted: Global Administrator holders are being cut from five to four, CHG-3107, owner dana.whitfield@fabrikam.com, until 2028-03-31')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-identity-secure-score.xml'))
def cis = junit.testsuite.find { s -> s.properties.property.find { it.@name.text() == 'pack' }.@value.text() == 'cis-m365' }
assert cis.@failures.text() == '0'
def omitted = cis.testcase.find { it.@name.text().startsWith('1.1.3 ') }
assert omitted.skipped.size() == 1 : 'an omitted requirement is a skipped test case'
true
