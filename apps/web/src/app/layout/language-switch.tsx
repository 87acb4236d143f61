import { useId, useState } from 'react';
import Check from '@mui/icons-material/Check';
import Translate from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/i18n';
import { supportedLanguages, toLanguage, type Language } from '../../i18n/languages';

/** "Ngôn ngữ / Language": named in both languages so anyone can find the way back. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const choose = (language: Language) => {
    setAnchor(null);
    void changeLanguage(language);
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<Translate />}
        // The name holds the visible label (the current language) so speech input finds it.
        aria-label={t('language.switchName', { current: t(`language.${current}`) })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t(`language.${current}`)}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {supportedLanguages.map((language) => (
          <MenuItem
            key={language}
            lang={language}
            selected={language === current}
            aria-current={language === current ? 'true' : undefined}
            onClick={() => choose(language)}
          >
            <ListItemIcon>{language === current && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{t(`language.${language}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
