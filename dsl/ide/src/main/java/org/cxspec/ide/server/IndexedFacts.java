package org.cxspec.ide.server;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cxspec.index.FileFacts;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

import com.google.inject.Singleton;

/**
 * Reads a file's facts and referenced names back from its entry in the workspace index.
 * Decoded facts are remembered per file until its entry changes: the same facts object for
 * the same text lets the merged index of the whole model be reused across validations.
 */
@Singleton
public class IndexedFacts {

	private record Decoded(String encoded, FileFacts facts) {
	}

	private final Map<URI, Decoded> decoded = new ConcurrentHashMap<>();

	public FileFacts factsOf(IResourceDescription description) {
		String encoded = userData(description, SpecResourceDescription.FACTS);
		URI uri = description.getURI();
		if (encoded == null) {
			decoded.remove(uri);
			return FileFacts.none(uri);
		}
		Decoded known = decoded.get(uri);
		if (known != null && (known.encoded() == encoded || known.encoded().equals(encoded))) {
			return known.facts();
		}
		FileFacts facts = FactsCodec.decode(uri, encoded);
		decoded.put(uri, new Decoded(encoded, facts));
		return facts;
	}

	public Set<String> referencedNames(IResourceDescription description) {
		String names = userData(description, SpecResourceDescription.REFERENCES);
		return names == null || names.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(names.split(" ")));
	}

	/** The index entry of a file carries its facts on its first exported name. */
	private static String userData(IResourceDescription description, String key) {
		Iterator<IEObjectDescription> exported = description.getExportedObjects().iterator();
		return exported.hasNext() ? exported.next().getUserData(key) : null;
	}
}
