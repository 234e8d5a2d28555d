import type { ProblemsText } from '../sections/problems.js';

export const problems: ProblemsText = {
  notFound: 'no existe el archivo o la carpeta',
  unreadable: (why) => `no se puede leer (${why})`,
  permissionDenied: 'permiso denegado',
  empty: 'el archivo está vacío',
  whitespace: 'el archivo solo contiene espacios en blanco',
  binary: 'es un archivo binario, no un texto',
  invalidUtf8: 'el texto no es UTF-8 válido (guárdalo como UTF-8)',
  tooLarge: (mib) => `el archivo es demasiado grande para un artículo (más de ${mib} MiB)`,
  folderTooBig: (max) => `la carpeta contiene más de ${max} archivos de artículos; no se ha leído nada de ella (indica una carpeta más pequeña)`,
  tooManyFiles: (max, more) =>
    `se leen como máximo ${max} archivos de artículos a la vez; se ${more ? `han omitido este y ${more} más` : 'ha omitido este'}`,
  noArticleFiles: (extensions) => `no hay archivos de artículos en esta carpeta (${extensions})`,
  symlinkLoop: 'un enlace simbólico forma un bucle infinito',
  notAFile: 'no es un archivo normal',
  noText: 'el archivo tiene encabezado, pero no texto del artículo',
  unsupportedLanguage: (guess, supported) =>
    `el idioma no es compatible${guess ? ` (parece estar en ${guess})` : ''}; idiomas compatibles: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `no se puede determinar el idioma con seguridad (${first} o ${second}); añade al encabezado la línea «language: xx» (${supported})`,
  tooShort: (supported) =>
    `el texto es demasiado corto para reconocer su idioma; añade al encabezado la línea «language: xx» (${supported})`,
  noArticleLoaded: 'no se ha podido cargar ningún artículo',
  noQuestions: 'no se ha podido crear ninguna pregunta: los artículos dan muy pocos datos con una respuesta segura',
  header: {
    unknownField: (field) => `campo desconocido ${field} en el encabezado (se ignora)`,
    malformedLine: (line) => `la línea ${line} del encabezado no tiene la forma «clave: valor» (se ignora)`,
    repeatedField: (field) => `el campo ${field} aparece dos veces en el encabezado (vale el último)`,
    unsupportedLanguage: (value) => `el idioma ${value} del encabezado no es compatible (el idioma se detecta a partir del texto)`,
    notClosed: (lines) => `el encabezado no se cierra con una línea «---» en las primeras ${lines} líneas (se lee como texto del artículo)`,
  },
};
