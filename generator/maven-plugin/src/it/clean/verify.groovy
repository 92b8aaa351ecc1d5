def sarif = new File(basedir, 'target/cxspec/cxspec.sarif').text
assert sarif.contains('"results": []')
assert new File(basedir, 'target/cxspec/TEST-cxspec.xml').isFile()
assert new File(basedir, 'target/cxspec/cxspec.json').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('No problems in 1 file.')
assert log.contains('cxspec: nothing changed since the last validation (1 spec file, configuration, baseline, options): not validated again. No problems in 1 file.')
assert log.contains('cxspec: validation skipped (cxspec.skip).')
def site = new File(basedir, 'target/documents')
['index.html', 'playbooks/Engineer.html', 'playbooks/Engineer.md', 'checklists/Arrival.html', 'report.html', 'report.json',
 'journeys/Repair.svg'].each { assert new File(site, it).isFile() : it }
assert log.contains('cxspec: wrote 9 files to')
