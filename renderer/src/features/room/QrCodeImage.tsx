import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The join address as a QR code (the `qrcode` library draws it as SVG), shown as an image so the
 * page's CSP (images from data: only) applies and a screen reader hears one named image.
 */
export function QrCodeImage({ url, size }: { url: string; size: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!src) return null;
  return <img className="room-qr" src={src} alt="QR code to join" width={size} height={size} />;
}
