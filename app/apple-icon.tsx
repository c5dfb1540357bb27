import { appIcon } from '@/components/social/app-icon';

// The size iOS asks for on the home screen.
export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return appIcon(size.width);
}
