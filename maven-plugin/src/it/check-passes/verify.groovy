def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Identity Secure Score for ') && log.contains('(11111111-2222-3333-4444-555555555555)')
assert log.contains('[INFO] Score: 38.24% (21.42 of 56.00 points)')
assert log.contains('[INFO]   [PASSED] score >= 35%: actual 38.24% -> PASSED')
assert log.contains('[INFO]  1. BlockLegacyAuthentication  +8.00 points')
assert log.contains('Verdict: PASS')
assert !log.contains('BUILD FAILURE')

// the second invocation: `help -Ddetail -Dgoal=check` documents every parameter with its user property
['buildLabel', 'clientId', 'cloud', 'failOnViolation', 'formats', 'graphUrl', 'historyFile', 'minScore',
 'outputDirectory', 'policy', 'serverId', 'skip', 'snapshot', 'tenantId'].each { name ->
    assert log.contains("User property: identitySecureScore.${name}") : "help lacks identitySecureScore.${name}"
}
assert log.contains('controlFloors')
true
