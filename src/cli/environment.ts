// The context the CLI creates its services with: Node's file system and the built-in library's snapshot.
import { SpbeNodeFileSystem } from '../node/file-system.js';
import { readLibrarySnapshot } from '../node/library-snapshot.js';

export const SpbeCliEnvironment = { ...SpbeNodeFileSystem, librarySnapshot: readLibrarySnapshot };
