def log = new File(basedir, 'build.log').text
assert log.contains('Identity Secure Score check skipped (identitySecureScore.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/identity-secure-score').exists()
true
