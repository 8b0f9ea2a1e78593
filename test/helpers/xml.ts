// A small XML well-formedness check for tests (no dependency): tags nest and match, attribute values are
// quoted, text and attribute values hold no raw '<' and no '&' that is not an entity, and ']]>' appears only
// to close a CDATA section. Returns the problems found (empty when well-formed), plus the text content.
export interface XmlCheck { problems: string[]; text: string; attributes: { name: string; value: string }[]; elements: string[] }

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);/;

export function checkXml(xml: string): XmlCheck {
    const problems: string[] = [];
    const stack: string[] = [];
    const texts: string[] = [];
    const attributes: { name: string; value: string }[] = [];
    const elements: string[] = [];
    let i = 0;
    const textUntil = (end: number) => {
        const chunk = xml.slice(i, end);
        for (let k = 0; k < chunk.length; k++) {
            if (chunk[k] === '&' && !ENTITY.test(chunk.slice(k))) problems.push(`raw '&' at ${i + k}`);
        }
        if (chunk.includes(']]>')) problems.push(`']]>' in text at ${i + chunk.indexOf(']]>')}`);
        texts.push(chunk);
        i = end;
    };
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        if (lt < 0) { textUntil(xml.length); break; }
        textUntil(lt);
        if (xml.startsWith('<!--', i)) { const end = xml.indexOf('-->', i); if (end < 0) { problems.push('unclosed comment'); break; } i = end + 3; continue; }
        if (xml.startsWith('<![CDATA[', i)) { const end = xml.indexOf(']]>', i); if (end < 0) { problems.push('unclosed CDATA'); break; } texts.push(xml.slice(i + 9, end)); i = end + 3; continue; }
        if (xml.startsWith('<?', i)) { const end = xml.indexOf('?>', i); if (end < 0) { problems.push('unclosed declaration'); break; } i = end + 2; continue; }
        if (xml.startsWith('<!', i)) { const end = xml.indexOf('>', i); i = end < 0 ? xml.length : end + 1; continue; }
        const closing = xml[i + 1] === '/';
        let j = i + (closing ? 2 : 1);
        const name = NAME.exec(xml.slice(j))?.[0];
        if (!name) { problems.push(`raw '<' at ${i}`); i++; continue; }
        j += name.length;
        if (closing) {
            const end = xml.indexOf('>', j);
            if (stack.pop() !== name) problems.push(`</${name}> does not match at ${i}`);
            i = end + 1;
            continue;
        }
        elements.push(name);
        // attributes
        for (;;) {
            while (/\s/.test(xml[j] ?? '')) j++;
            if (xml.startsWith('/>', j)) { j += 2; break; }
            if (xml[j] === '>') { stack.push(name); j++; break; }
            const attr = NAME.exec(xml.slice(j))?.[0];
            if (!attr) { problems.push(`bad attribute in <${name}> at ${j}`); j = xml.indexOf('>', j) + 1; break; }
            j += attr.length;
            if (xml[j] !== '=' || (xml[j + 1] !== '"' && xml[j + 1] !== "'")) { problems.push(`unquoted attribute ${attr} at ${j}`); j = xml.indexOf('>', j) + 1; break; }
            const quote = xml[j + 1];
            const end = xml.indexOf(quote, j + 2);
            const value = xml.slice(j + 2, end);
            if (value.includes('<')) problems.push(`raw '<' in attribute ${attr}`);
            for (let k = 0; k < value.length; k++) if (value[k] === '&' && !ENTITY.test(value.slice(k))) problems.push(`raw '&' in attribute ${attr}`);
            attributes.push({ name: attr, value });
            j = end + 1;
        }
        i = j;
    }
    if (stack.length) problems.push(`unclosed elements: ${stack.join(', ')}`);
    return { problems, text: texts.join(''), attributes, elements };
}
