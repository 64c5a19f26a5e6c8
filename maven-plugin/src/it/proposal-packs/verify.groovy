def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO]   cis-m365: 1 of 2 SHALL (50.00%) → 2 of 2 SHALL (100.00%), failures 2 → 1')
assert log.contains('[INFO]   scuba-aad MS.AAD.1.1v1 (SHALL): Fail → Pass ')
assert log.contains('[INFO]   cis-m365 5.2.2.3 (SHALL): Fail → Pass ')
assert log.contains('policy Block legacy authentication would be created, enabled, blocking access')
// the pack gate is judged on the proposed state
assert log.contains('[PASSED] cis-m365 SHALL requirements passed >= 100%: actual 100% (2 of 2)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/identity-secure-score/identity-secure-score.json'))
assert json.proposal.requirements*.id == ['MS.AAD.1.1v1', '5.2.2.3']
assert json.proposal.requirements*.proposedStatus == ['Pass', 'Pass']
assert json.packs.find { it.id == 'cis-m365' }.shallPercent == 100
true
