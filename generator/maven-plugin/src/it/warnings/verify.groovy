def sarif = new File(basedir, 'target/cxspec/cxspec.sarif').text
assert sarif.contains('"ruleId": "value-not-delivered"')
assert sarif.contains('Value Calm is delivered by no touchpoint')
assert !sarif.contains('Value Tidy is delivered')             // suppressed in the spec
assert !sarif.contains('"ruleId": "role-without-touchpoints"')   // turned off in cxspec.yaml
assert sarif.contains('"partialFingerprints"')
def junit = new File(basedir, 'target/cxspec/TEST-cxspec.xml').text
assert junit.contains('value-not-delivered')
assert new File(basedir, 'target/cxspec/cxspec.json').text.contains('Value Calm')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/cxspec/fixit.cxspec:') || log.contains('fixit.cxspec:')
assert log.contains('0 errors, 1 warning and 0 infos in 1 file.')
assert log.contains('BUILD SUCCESS')
