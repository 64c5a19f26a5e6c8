def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Proposed change: 55.96% → 55.33% (-0.63 pp; 28.54 → 28.22 points)')
assert log.contains('[INFO]   BlockLegacyAuthentication: 7.04 → 0 of 8 (To address)')
assert log.contains('policy Block legacy authentication would change from enabled to report-only')
assert log.contains('known only after apply')
assert log.contains('Identity Secure Score gate failed: BlockLegacyAuthentication >= 85%: actual 0% (To address) -> FAILED')
// a proposal is not recorded unless recordProposal is set; the report shows before and after
assert !new File(basedir, 'target/history.jsonl').exists()
def json = new File(basedir, 'target/identity-secure-score/identity-secure-score.json').text
assert json.contains('"proposal"')
assert json.contains('"currentPercent" : 55.96')
true
