def sarif = new File(basedir, 'target/cxspec/cxspec.sarif').text
assert sarif.contains('"ruleId": "closed-loop-without-owner"')
assert sarif.contains('"level": "error"')
def junit = new File(basedir, 'target/cxspec/TEST-cxspec.xml').text
assert junit.contains('closed-loop-without-owner')
assert !new File(basedir, 'target/cxspec/cxspec.json').exists()  // only the formats asked for
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ') && log.contains('Closed loop Complaints')
assert log.contains('1 error, 0 warnings and 0 infos in 1 file. (failOn error)')
assert log.contains('BUILD FAILURE')
assert !sarif.contains('idea.cxspec')   // excluded
assert log.contains('cxspec: the spec has errors (logged above); fix them to generate. Nothing was written.')
assert !new File(basedir, 'target/cxspec-site').exists()
