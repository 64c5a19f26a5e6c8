def log = new File(basedir, 'build.log').text
assert log.contains('Verdict: PASS')
assert !log.contains('BUILD FAILURE')
// the default report directory is target/identity-secure-score of the directory Maven ran in
assert new File(basedir, 'target/identity-secure-score/identity-secure-score.html').isFile()
assert new File(basedir, 'target/identity-secure-score/TEST-identity-secure-score.xml').isFile()
// not a folder literally named after the uninterpolated expression
assert !new File(basedir, '${project.basedir}').exists()
true
