import { useContext } from 'react';
import { ThemeContext, type Palette } from '../theme.js';

export function useTheme(): Palette {
  return useContext(ThemeContext);
}
