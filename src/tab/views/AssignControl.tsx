import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SplitButton,
  Spinner,
  type MenuButtonProps,
} from "@fluentui/react-components";
import type { ActionCardView } from "../../http/api/schemas/action-cards.js";
import { useI18n } from "../i18n/strings.js";

export interface AssignControlProps {
  suggestedCardId: string | undefined;
  suggestedCardTitle: string | undefined;
  /** The library, loaded when a menu first opens. */
  cards: readonly ActionCardView[] | undefined;
  loadCards: () => void;
  busy: boolean;
  onAssign: (cardId: string) => void;
}

/**
 * One click assigns the suggested card, named explicitly so the mentor gets exactly the card the button showed
 * even if new answers changed the suggestion meanwhile; the split menu picks any other card from the library.
 */
export function AssignControl(props: AssignControlProps) {
  const { s, f } = useI18n();
  const { suggestedCardId, suggestedCardTitle, cards, loadCards, busy, onAssign } = props;
  if (busy) return <Spinner size="tiny" label={s.assigning} />;
  const menuItems = (
    <MenuPopover>
      <MenuList>
        {cards === undefined ? (
          <MenuItem disabled>{s.loading}</MenuItem>
        ) : (
          cards.map((card) => (
            <MenuItem key={card.cardId} onClick={() => onAssign(card.cardId)} data-card-id={card.cardId}>
              {card.title}
            </MenuItem>
          ))
        )}
      </MenuList>
    </MenuPopover>
  );
  const onOpenChange = (_: unknown, data: { open: boolean }) => {
    if (data.open) loadCards();
  };
  if (!suggestedCardId) {
    return (
      <Menu onOpenChange={onOpenChange}>
        <MenuTrigger disableButtonEnhancement={false}>
          <Button appearance="secondary">{s.assignAnyCard}</Button>
        </MenuTrigger>
        {menuItems}
      </Menu>
    );
  }
  return (
    <Menu positioning="below-end" onOpenChange={onOpenChange}>
      <MenuTrigger disableButtonEnhancement>
        {(triggerProps: MenuButtonProps) => (
          <SplitButton
            appearance="primary"
            menuButton={{ ...triggerProps, "aria-label": s.assignOther }}
            primaryActionButton={
              { onClick: () => onAssign(suggestedCardId), "data-testid": "assign-suggested" } as object
            }
          >
            {f(s.assignCard, { title: suggestedCardTitle ?? suggestedCardId })}
          </SplitButton>
        )}
      </MenuTrigger>
      {menuItems}
    </Menu>
  );
}
