/**
 * A small RDF/XML writer for a tree of described resources, enough for a DCAT catalogue: each node
 * has an address (or is blank, nested where it is used), a class, and properties whose values are
 * literals (with a language or a datatype), addresses, or nodes. Pure; escapes every text.
 */

export type Value = { literal: string; lang?: string; datatype?: string } | { resource: string } | { node: RdfNode };

export interface RdfNode {
	about?: string;
	type: string;
	props: [string, Value][];
}

export const NS = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dcterms: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	adms: 'http://www.w3.org/ns/adms#'
} as const;

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

function write(node: RdfNode, depth: number, out: string[]): void {
	const pad = '\t'.repeat(depth);
	out.push(`${pad}<${node.type}${node.about !== undefined ? ` rdf:about="${escape(node.about)}"` : ''}>`);
	for (const [prop, v] of node.props) {
		if ('resource' in v) out.push(`${pad}\t<${prop} rdf:resource="${escape(v.resource)}"/>`);
		else if ('node' in v) {
			out.push(`${pad}\t<${prop}>`);
			write(v.node, depth + 2, out);
			out.push(`${pad}\t</${prop}>`);
		} else {
			const attr = v.lang ? ` xml:lang="${v.lang}"` : v.datatype ? ` rdf:datatype="${escape(v.datatype)}"` : '';
			out.push(`${pad}\t<${prop}${attr}>${escape(v.literal)}</${prop}>`);
		}
	}
	out.push(`${pad}</${node.type}>`);
}

/** The document: the namespaces above, an optional base for relative addresses, the nodes. */
export function rdfXml(nodes: readonly RdfNode[], base: string | null): string {
	const ns = Object.entries(NS)
		.map(([p, iri]) => `\txmlns:${p}="${iri}"`)
		.join('\n');
	const out = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<rdf:RDF\n${ns}${base ? `\n\txml:base="${escape(base)}"` : ''}>`
	];
	for (const n of nodes) write(n, 1, out);
	out.push('</rdf:RDF>');
	return out.join('\n') + '\n';
}
