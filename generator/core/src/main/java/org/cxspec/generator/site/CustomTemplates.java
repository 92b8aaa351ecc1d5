package org.cxspec.generator.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * A team's templates folder ({@code --templates}): only plain names of ordinary files inside it
 * are read, so no {@code #parse} or {@code #include} can reach a file outside the folder, by a
 * path or by a link, and no named pipe can hold the run. Each template is read whole (at most
 * {@value #MAX_BYTES} bytes) and its nesting checked before Velocity parses it.
 */
public final class CustomTemplates extends ResourceLoader {

	static final int MAX_BYTES = 1024 * 1024;

	private Path folder;
	/** The folder as the user named it, for messages. */
	private String shownFolder;

	static boolean isPlainName(String name) {
		return name != null && !name.isEmpty() && !name.contains("..") && !name.startsWith("/") && !name.contains("\\")
				&& !name.contains(":");
	}

	@Override
	public void init(ExtProperties configuration) {
		folder = Path.of(configuration.getString("path"));
		shownFolder = configuration.getString("shown", folder.toString());
	}

	@Override
	public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
		if (!isPlainName(name)) {
			throw new ResourceNotFoundException("no template '" + name + "': templates are named by plain file names");
		}
		Path file = folder.resolve(name);
		Path shown = Path.of(shownFolder, name);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new ResourceNotFoundException("no template '" + name + "' in " + folder); // the shipped one is used
		}
		for (Path part = file; !part.equals(folder); part = part.getParent()) {
			if (Files.isSymbolicLink(part)) {
				throw new TemplateProblem(Path.of(shownFolder).resolve(folder.relativize(part)) + ": is a link; templates"
						+ " must be ordinary files inside the templates folder (a link could copy any file into the documents)", null);
			}
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new TemplateProblem(shown + ": not an ordinary file; templates must be ordinary files", null);
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		} catch (IOException unreadable) {
			throw new TemplateProblem(shown + ": cannot read this template (" + unreadable.getClass().getSimpleName() + ")", unreadable);
		}
		if (bytes.length > MAX_BYTES) {
			throw new TemplateProblem(shown + ": larger than " + MAX_BYTES / 1024 + " KB; no template needs that much", null);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			throw new TemplateProblem(shown + ": not UTF-8 text (save it as UTF-8)", null);
		}
		TemplateNesting.check(shown.toString(), text);
		return new StringReader(text);
	}

	/** Anything of that name in the folder is this loader's to read or refuse: a link must not fall back to a shipped template silently. */
	@Override
	public boolean resourceExists(String name) {
		return isPlainName(name) && Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
	}

	@Override
	public boolean isSourceModified(Resource resource) {
		return false;
	}

	@Override
	public long getLastModified(Resource resource) {
		return 0;
	}
}
