def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { !it.isBlank() }
assert builds.size() == 2

// 1: a missing snapshot is an error that names the file, without a stack trace
assert builds[0].contains('BUILD FAILURE')
assert builds[0].contains(new File(basedir, 'no-such-snapshot.json').path + ': no such file')
assert !builds[0].contains('\tat io.github.securescore')

// 2: skipped: nothing read, nothing written
assert builds[1].contains('Identity Secure Score check skipped (identitySecureScore.skip)')
assert builds[1].contains('BUILD SUCCESS')
assert !new File(basedir, 'target/identity-secure-score').exists()
true
